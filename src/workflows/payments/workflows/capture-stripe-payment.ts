import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectPaymentEvents } from "../../../types/payments"
import { capturePaymentIntentStep } from "../steps/capture-payment-intent"
import { updatePaymentFromStripeStep } from "../steps/update-payment-from-stripe"
import { toPaymentEventData } from "../utils/payment-event-data"
import { completeMoneyIntentStep } from "../../money-intents/steps/complete-money-intent"

export type CaptureStripePaymentWorkflowInput = {
  /** The stored payment (scpay_...). */
  payment_id: string
  payment_intent_id: string
  stripe_account_id: string
  application_fee_amount: number
  amount_to_capture?: number
}

export const captureStripePaymentWorkflowId = "capture-stripe-payment"

/**
 * Capture payment (docs/api.md#capture-payment): captures at Stripe (fee in proportion, the capture's intent written
 * first: docs/api.md#crash-safe-money) and stores what Stripe answered, which stays stored even if a later step fails
 * (a capture cannot be undone). When this write is the one that moved the payment to succeeded (the `payment_intent.succeeded` handler has
 * not yet), the host hears `stripe.payment_succeeded` from here; the handler then finds it succeeded and stays silent.
 */
export const captureStripePaymentWorkflow = createWorkflow(
  captureStripePaymentWorkflowId,
  (input: CaptureStripePaymentWorkflowInput) => {
    const captured = capturePaymentIntentStep(input)
    const { payment, succeeded_now } = updatePaymentFromStripeStep(
      transform({ input, captured }, ({ input, captured }) => ({
        payment_id: input.payment_id,
        intent: captured.intent,
        after_irreversible_write: true,
      }))
    )
    completeMoneyIntentStep(
      transform({ captured }, ({ captured }) => ({
        money_intent_id: captured.money_intent_id,
        stripe_object_id: captured.intent.id,
      }))
    )
    when({ succeeded_now }, ({ succeeded_now }) => succeeded_now).then(() => {
      emitEventStep({
        eventName: StripeConnectPaymentEvents.PAYMENT_SUCCEEDED,
        data: transform({ payment }, ({ payment }) => toPaymentEventData(payment)),
      }).config({ name: "emit-stripe-payment-succeeded" })
    })
    return new WorkflowResponse(payment)
  }
)
