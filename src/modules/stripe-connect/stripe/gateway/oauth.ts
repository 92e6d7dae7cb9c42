import Stripe from "stripe"
import { StripeConnectError } from "../../errors/stripe-connect-error"
import { callStripe, requestOptions } from "../call-stripe"
import { isAlreadyDeauthorized } from "./is-already-deauthorized"

/** Stripe Connect OAuth: trading an authorization code for a connection, and revoking a connection. */
export function oauthGateway(stripe: Stripe) {
  return {
    /**
     * Trades an authorization code (`/oauth/token`). A code Stripe refuses (expired, used, another platform's)
     * is a 400 naming `code`: the code's fault, not Stripe's.
     */
    token: (code: string, idempotencyKey: string): Promise<Stripe.OAuthToken> =>
      callStripe({ action: "exchange the authorization code" }, () =>
        stripe.oauth
          .token({ grant_type: "authorization_code", code }, requestOptions(null, idempotencyKey))
          .catch((error: unknown) => {
            if (isRefusedGrant(error)) {
              throw new StripeConnectError(
                "invalid_request",
                "Stripe refused the authorization code (it expired, was already used or belongs to another platform)",
                { param: "code" }
              )
            }
            throw error
          })
      ),

    /**
     * Revokes the platform's access to an account (`/oauth/deauthorize`). An account already not connected (its
     * owner revoked access first) counts as revoked: `already` says so.
     */
    deauthorize: (clientId: string, stripeAccountId: string, idempotencyKey: string): Promise<{ already: boolean }> =>
      callStripe({ accountId: stripeAccountId, action: "revoke the OAuth connection" }, () =>
        stripe.oauth
          .deauthorize({ client_id: clientId, stripe_user_id: stripeAccountId }, requestOptions(null, idempotencyKey))
          .then(
            () => ({ already: false }),
            (error: unknown) => {
              if (isAlreadyDeauthorized(error)) {
                return { already: true }
              }
              throw error
            }
          )
      ),
  }
}

/** Stripe's OAuth answers a bad, expired or used code with `invalid_grant`. */
function isRefusedGrant(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeError &&
    (error.type === "StripeInvalidGrantError" || error.code === "invalid_grant")
  )
}
