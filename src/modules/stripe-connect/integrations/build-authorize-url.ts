/** The path of the public OAuth callback route. */
export const OAUTH_CALLBACK_PATH = "/stripe-connect/oauth/callback"

/** Stripe Connect's OAuth authorize endpoint (the emulator keeps the same URL shape). */
export const STRIPE_OAUTH_AUTHORIZE_URL = "https://connect.stripe.com/oauth/authorize"

/**
 * The URL an admin is sent to for connecting a Stripe account:
 * `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_...&scope=read_write&state=...&redirect_uri=<publicUrl>/stripe-connect/oauth/callback`.
 */
export function buildAuthorizeUrl(input: { clientId: string; publicUrl: string; state: string }): string {
  const url = new URL(STRIPE_OAUTH_AUTHORIZE_URL)
  url.searchParams.set("response_type", "code")
  url.searchParams.set("client_id", input.clientId)
  url.searchParams.set("scope", "read_write")
  url.searchParams.set("state", input.state)
  url.searchParams.set("redirect_uri", `${input.publicUrl.replace(/\/+$/, "")}${OAUTH_CALLBACK_PATH}`)
  return url.toString()
}
