import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertDisputeFromStripeStep, type UpsertDisputeFromStripeStepInput } from "../steps/upsert-dispute-from-stripe"

export type SyncStripeDisputeWorkflowInput = UpsertDisputeFromStripeStepInput

export const syncStripeDisputeWorkflowId = "sync-stripe-dispute"

/** Keeps the stored dispute as Stripe reports it (from the `charge.dispute.*` webhooks or a fresh read). */
export const syncStripeDisputeWorkflow = createWorkflow(syncStripeDisputeWorkflowId, (input: SyncStripeDisputeWorkflowInput) => {
  const dispute = upsertDisputeFromStripeStep(input)
  return new WorkflowResponse({ dispute })
})
