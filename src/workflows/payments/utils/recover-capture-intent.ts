import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { settleMoneyIntent } from "../../money-intents/utils/money-intent"
import { paymentMirrorFromStripe } from "./payment-mirror"
import { writePaymentMirror } from "./write-payment-mirror"

/**
 * Completes a capture whose outcome was never learned: the capture is asked for again with its stored key and
 * parameters (Stripe answers the capture it made, or makes it now), and Stripe's amounts are written onto the
 * stored payment.
 */
export async function recoverCaptureIntent(container: MedusaContainer, intent: MoneyIntentRow) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const gateway = await service.getStripeGateway()
  const { payment_id: paymentId } = intent.context as { payment_id: string }
  return await settleMoneyIntent(service, intent, async () => {
    const captured = await gateway.payments.capture(
      String(intent.target_id),
      intent.params as unknown as Stripe.PaymentIntentCaptureParams,
      intent.stripe_idempotency_key
    )
    const previous = await service.retrieveStripeConnectPayment(paymentId)
    await writePaymentMirror(
      container,
      paymentId,
      paymentMirrorFromStripe(captured, { previousCapturedAt: previous.captured_at })
    )
    return captured.id
  })
}
