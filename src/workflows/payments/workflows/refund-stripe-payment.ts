import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentIntentStep } from "../steps/refund-payment-intent"
import { recordPaymentRefundStep } from "../steps/record-payment-refund"
import { updatePaymentFromStripeStep } from "../steps/update-payment-from-stripe"
import { completeMoneyIntentStep } from "../../money-intents/steps/complete-money-intent"

export type RefundStripePaymentWorkflowInput = {
  payment_id: string
  payment_intent_id: string
  stripe_account_id: string
  amount?: number
  reason?: string | null
  refund_application_fee: boolean
  request_id: string
  actor_id?: string | null
}

export const refundStripePaymentWorkflowId = "refund-stripe-payment"

/**
 * Refund payment (docs/api.md#refund-payment): refunds at Stripe (never past what is left, the transfer reversed and,
 * when asked, the fee returned in proportion), stores the refund and Stripe's new amounts on the payment. The
 * refund's intent is written before Stripe is asked (docs/api.md#crash-safe-money); once Stripe refunded, a later
 * failure leaves the stored copies as they are, since the refund cannot be undone.
 */
export const refundStripePaymentWorkflow = createWorkflow(
  refundStripePaymentWorkflowId,
  (input: RefundStripePaymentWorkflowInput) => {
    const result = refundPaymentIntentStep(input)
    const refund = recordPaymentRefundStep(
      transform({ input, result }, ({ input, result }) => ({
        payment_id: input.payment_id,
        refund: result.refund,
        reason: input.reason,
        application_fee_refunded: result.application_fee_refunded,
        request_id: input.request_id,
        created_by: input.actor_id,
      }))
    )
    const { payment } = updatePaymentFromStripeStep(
      transform({ input, result }, ({ input, result }) => ({
        payment_id: input.payment_id,
        intent: result.intent,
        after_irreversible_write: true,
      }))
    )
    completeMoneyIntentStep(
      transform({ result }, ({ result }) => ({
        money_intent_id: result.money_intent_id,
        stripe_object_id: result.refund.id,
      }))
    )
    return new WorkflowResponse({ refund, payment })
  }
)
