import type Stripe from "stripe"
import { PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { syncStripePaymentWorkflow } from "../workflows/sync-stripe-payment"
import { transferSellerSharesWorkflow } from "../../seller-transfers/workflows/transfer-seller-shares"
import { toCheckoutWebhookAction } from "../../../providers/stripe-connect/utils/webhook-action"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"

/**
 * `payment_intent.succeeded`, `payment_intent.payment_failed` (and other `payment_intent.*` events): the stored
 * payment follows Stripe, and the host hears `stripe.payment_succeeded` / `stripe.payment_failed`. An intent the
 * storefront provider made for a Medusa payment session is then handed to Medusa's own payment processing (the
 * job Medusa's `/hooks/payment/...` route would do), so a cart completes or a capture is recorded from this one
 * pipeline. Medusa's processing is idempotent (a captured payment is not captured again). A succeeded multi-seller
 * charge (metadata `split: "separate_charges"`) then pays its sellers (docs/api.md#seller-transfers).
 */
export async function handlePaymentIntentEvent({ event, container }: StripeEventHandlerInput) {
  if (event.account) {
    // The plugin's payments are destination charges on the platform; an intent on a connected account (an
    // invoice or pay link paid there) is not one of them and is handled by its own feature, if any.
    return { applied: false, payment_id: null, reason: "not a platform payment intent" }
  }
  const intent = event.data.object as Stripe.PaymentIntent
  const { result } = await syncStripePaymentWorkflow(container).run({
    input: { payment_intent_id: intent.id, event_type: event.type },
  })
  const checkout = toCheckoutWebhookAction(event)
  if (checkout.action !== PaymentActions.NOT_SUPPORTED && checkout.data) {
    await processPaymentWorkflow(container).run({ input: { action: checkout.action, data: checkout.data } })
  }
  const paysSellers = event.type === "payment_intent.succeeded" && intent.metadata?.split === "separate_charges"
  const sellerTransfers = paysSellers
    ? (await transferSellerSharesWorkflow(container).run({ input: { payment_intent_id: intent.id } })).result.length
    : 0
  return {
    applied: Boolean(result.payment) || sellerTransfers > 0,
    payment_id: result.payment?.id ?? null,
    medusa_action: checkout.action,
    seller_transfers: sellerTransfers,
  }
}
