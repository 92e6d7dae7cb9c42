/** The path of the public OAuth callback route. */
export const OAUTH_CALLBACK_PATH = "/stripe-connect/oauth/callback"

/**
 * The URL an admin is sent to for connecting a Stripe account: the `authorizeUrl` option (Stripe's
 * `https://connect.stripe.com/oauth/authorize` by default) with
 * `?response_type=code&client_id=ca_...&scope=read_write&state=...&redirect_uri=<publicUrl>/stripe-connect/oauth/callback`.
 */
export function buildAuthorizeUrl(input: {
  authorizeUrl: string
  clientId: string
  publicUrl: string
  state: string
}): string {
  const url = new URL(input.authorizeUrl)
  url.searchParams.set("response_type", "code")
  url.searchParams.set("client_id", input.clientId)
  url.searchParams.set("scope", "read_write")
  url.searchParams.set("state", input.state)
  url.searchParams.set("redirect_uri", `${input.publicUrl.replace(/\/+$/, "")}${OAUTH_CALLBACK_PATH}`)
  return url.toString()
}
