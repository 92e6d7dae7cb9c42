import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Events as Stripe lists them (the platform's, or a connected account's), for recovering missed webhooks. */
export function eventsGateway(stripe: Stripe) {
  return {
    list: (params: Stripe.EventListParams, stripeAccount?: string | null): Promise<Stripe.ApiList<Stripe.Event>> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: "list events" }, () =>
        stripe.events.list(params, requestOptions(stripeAccount))
      ),
  }
}
