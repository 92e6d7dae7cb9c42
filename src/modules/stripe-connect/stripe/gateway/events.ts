import Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"
import { isResourceMissing } from "./is-resource-missing"

/**
 * Events as Stripe lists them (the platform's, or a connected account's), for recovering missed webhooks, and one
 * event read back, to tell whether a delivery is an event Stripe made on that account.
 */
export function eventsGateway(stripe: Stripe) {
  return {
    list: (params: Stripe.EventListParams, stripeAccount?: string | null): Promise<Stripe.ApiList<Stripe.Event>> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: "list events" }, () =>
        stripe.events.list(params, requestOptions(stripeAccount))
      ),

    /** The event as Stripe holds it on the account, or null when Stripe has no such event there. */
    find: (eventId: string, stripeAccount: string): Promise<Stripe.Event | null> =>
      callStripe({ accountId: stripeAccount, action: "read the event" }, () =>
        stripe.events.retrieve(eventId, {}, requestOptions(stripeAccount)).catch((error: unknown) => {
          if (isResourceMissing(error)) {
            return null
          }
          throw error
        })
      ),
  }
}
