import type Stripe from "stripe"
import { syncStripePaymentWorkflow } from "../workflows/sync-stripe-payment"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"

/**
 * `payment_intent.succeeded`, `payment_intent.payment_failed` (and other `payment_intent.*` events): the stored
 * payment follows Stripe, and the host hears `stripe.payment_succeeded` / `stripe.payment_failed`.
 */
export async function handlePaymentIntentEvent({ event, container }: StripeEventHandlerInput) {
  const intent = event.data.object as Stripe.PaymentIntent
  const { result } = await syncStripePaymentWorkflow(container).run({
    input: { payment_intent_id: intent.id, event_type: event.type },
  })
  return { applied: Boolean(result.payment), payment_id: result.payment?.id ?? null }
}
