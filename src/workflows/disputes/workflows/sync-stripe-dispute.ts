import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markPaymentDisputedStep } from "../steps/mark-payment-disputed"
import { upsertDisputeFromStripeStep, type UpsertDisputeFromStripeStepInput } from "../steps/upsert-dispute-from-stripe"

export type SyncStripeDisputeWorkflowInput = UpsertDisputeFromStripeStepInput

export const syncStripeDisputeWorkflowId = "sync-stripe-dispute"

/**
 * Keeps the stored dispute as Stripe reports it (from the `charge.dispute.*` webhooks or a fresh read), and the
 * disputed payment's `dispute_status`.
 */
export const syncStripeDisputeWorkflow = createWorkflow(
  syncStripeDisputeWorkflowId,
  (input: SyncStripeDisputeWorkflowInput) => {
    const dispute = upsertDisputeFromStripeStep(input)
    markPaymentDisputedStep(
      transform({ dispute }, ({ dispute }) => ({
        dispute_id: dispute.dispute_id,
        payment_intent_id: dispute.payment_intent_id,
        status: dispute.status,
      }))
    )
    return new WorkflowResponse({ dispute })
  }
)
