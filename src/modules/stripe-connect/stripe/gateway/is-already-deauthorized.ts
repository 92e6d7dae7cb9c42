import Stripe from "stripe"

/**
 * Whether Stripe refused `POST /oauth/deauthorize` because the account is already not connected to the platform:
 * Stripe answers the OAuth error `invalid_client` ("No such application", the account is not connected to this
 * application), which the SDK raises as `StripeInvalidClientError` with the OAuth error in `raw.type`.
 */
export function isAlreadyDeauthorized(error: unknown): boolean {
  if (error instanceof Stripe.errors.StripeInvalidClientError) {
    return true
  }
  return (
    error instanceof Stripe.errors.StripeError &&
    (error.raw as { type?: unknown } | undefined)?.type === "invalid_client"
  )
}
