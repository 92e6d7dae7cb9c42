import type Stripe from "stripe"
import { syncStripePaymentWorkflow } from "../workflows/sync-stripe-payment"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"

/**
 * `charge.refunded`: refunds made anywhere (the admin API, Stripe's dashboard, a dispute flow) show in the stored
 * payment's refunded and fee-refunded amounts.
 */
export async function handleChargeRefundedEvent({ event, container }: StripeEventHandlerInput) {
  if (event.account) {
    // Only platform charges back plugin payments (see handlePaymentIntentEvent).
    return { applied: false, payment_id: null }
  }
  const charge = event.data.object as Stripe.Charge
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id
  if (!paymentIntentId) {
    return { applied: false, payment_id: null }
  }
  const { result } = await syncStripePaymentWorkflow(container).run({
    input: { payment_intent_id: paymentIntentId, event_type: event.type },
  })
  return { applied: Boolean(result.payment), payment_id: result.payment?.id ?? null }
}
