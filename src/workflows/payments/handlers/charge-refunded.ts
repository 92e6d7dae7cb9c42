import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { syncStripePaymentWorkflow } from "../workflows/sync-stripe-payment"
import { reverseSellerSharesWorkflow } from "../../seller-transfers/workflows/reverse-seller-shares"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"

/**
 * `charge.refunded`: refunds made anywhere (the admin API, Stripe's dashboard, a dispute flow) show in the stored
 * payment's refunded and fee-refunded amounts. On a multi-seller charge, what is refunded beyond what the seller
 * split already accounts for is spread over the sellers and their transfers reversed by their shares.
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
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [split] = await service.listStripeConnectSellerTransfers({ payment_intent_id: paymentIntentId }, { take: 1 })
  if (split) {
    await reverseSellerSharesWorkflow(container).run({
      input: { kind: "charge_refunded", payment_intent_id: paymentIntentId, amount_refunded: charge.amount_refunded },
    })
  }
  return { applied: Boolean(result.payment) || Boolean(split), payment_id: result.payment?.id ?? null }
}
