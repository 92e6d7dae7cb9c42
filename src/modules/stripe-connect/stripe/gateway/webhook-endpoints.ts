import Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Webhook endpoints registered on a connected account (`Stripe-Account`), for its events. */
export function webhookEndpointsGateway(stripe: Stripe) {
  return {
    /** Creates the endpoint with the API version of the installed SDK, so events arrive shaped as its types say. */
    create: (
      stripeAccount: string,
      params: Omit<Stripe.WebhookEndpointCreateParams, "api_version">,
      idempotencyKey: string
    ): Promise<Stripe.WebhookEndpoint> =>
      callStripe({ accountId: stripeAccount, action: "register the account's webhook endpoint" }, () =>
        stripe.webhookEndpoints.create(
          { ...params, api_version: Stripe.API_VERSION as Stripe.WebhookEndpointCreateParams.ApiVersion },
          requestOptions(stripeAccount, idempotencyKey)
        )
      ),

    /**
     * Deletes an endpoint. An endpoint or account Stripe no longer knows, or an account that revoked the
     * platform's access, counts as deleted (`gone`): there is nothing left to deliver.
     */
    delete: (stripeAccount: string, stripeEndpointId: string): Promise<"deleted" | "gone"> =>
      callStripe({ accountId: stripeAccount, action: "delete the account's webhook endpoint" }, () =>
        stripe.webhookEndpoints.del(stripeEndpointId, {}, requestOptions(stripeAccount)).then(
          () => "deleted" as const,
          (error: unknown) => {
            if (isGone(error)) {
              return "gone" as const
            }
            throw error
          }
        )
      ),
  }
}

function isGone(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return false
  }
  return (
    error.code === "resource_missing" ||
    error.code === "account_invalid" ||
    error.type === "StripePermissionError" ||
    error.type === "StripeAuthenticationError"
  )
}
