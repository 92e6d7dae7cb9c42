import type Stripe from "stripe"
import { applyStripeAccountUpdateWorkflow } from "../workflows/apply-stripe-account-update"
import type { StripeEventHandlerInput } from "./types"

/**
 * `account.updated`: the event carries the whole account, which is applied to the stored connected account
 * (and to an OAuth integration of the same account) unless a newer event was applied already.
 */
export async function handleAccountUpdatedEvent({ event, container }: StripeEventHandlerInput) {
  const account = event.data.object as Stripe.Account
  const { result } = await applyStripeAccountUpdateWorkflow(container).run({
    input: { account, event_created: event.created },
  })
  return result
}
