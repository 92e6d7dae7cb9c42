import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { settleMoneyIntent } from "../../money-intents/utils/money-intent"
import { paymentMirrorFromStripe } from "./payment-mirror"
import { readCharge } from "./read-charge"
import { storeRefund, type RefundRecordContext } from "./store-refund"
import { writePaymentMirror } from "./write-payment-mirror"

/**
 * Completes a refund whose outcome was never learned: asked for again with its stored key and parameters (the
 * amount decided the first time, never recomputed), stored as a refund of its payment, and Stripe's new amounts
 * written onto the stored payment.
 */
export async function recoverRefundIntent(container: MedusaContainer, intent: MoneyIntentRow) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const gateway = await service.getStripeGateway()
  const context = intent.context as RefundRecordContext
  return await settleMoneyIntent(service, intent, async () => {
    const refund = await gateway.charges.refund(
      intent.params as unknown as Stripe.RefundCreateParams,
      intent.stripe_idempotency_key
    )
    const after = await readCharge(gateway, String(intent.target_id))
    const feeRefunded = Math.max(0, (after.fee?.amount_refunded ?? 0) - context.fee_refunded_before)
    await storeRefund(service, refund, feeRefunded, context)
    const previous = await service.retrieveStripeConnectPayment(context.payment_id)
    await writePaymentMirror(
      container,
      context.payment_id,
      paymentMirrorFromStripe(after.intent, { previousCapturedAt: previous.captured_at })
    )
    return refund.id
  })
}
