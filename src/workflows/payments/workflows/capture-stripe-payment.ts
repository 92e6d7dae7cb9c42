import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentIntentStep } from "../steps/capture-payment-intent"
import { updatePaymentFromStripeStep } from "../steps/update-payment-from-stripe"

export type CaptureStripePaymentWorkflowInput = {
  /** The stored payment (scpay_...). */
  payment_id: string
  payment_intent_id: string
  stripe_account_id: string
  application_fee_amount: number
  amount_to_capture?: number
}

export const captureStripePaymentWorkflowId = "capture-stripe-payment"

/** Spec 000 "Capture Payment": captures at Stripe (fee in proportion) and stores what Stripe answered. */
export const captureStripePaymentWorkflow = createWorkflow(
  captureStripePaymentWorkflowId,
  (input: CaptureStripePaymentWorkflowInput) => {
    const intent = capturePaymentIntentStep(
      transform({ input }, ({ input }) => ({
        payment_intent_id: input.payment_intent_id,
        stripe_account_id: input.stripe_account_id,
        application_fee_amount: input.application_fee_amount,
        amount_to_capture: input.amount_to_capture,
      }))
    )
    const { payment } = updatePaymentFromStripeStep(transform({ input, intent }, ({ input, intent }) => ({ payment_id: input.payment_id, intent })))
    return new WorkflowResponse(payment)
  }
)
