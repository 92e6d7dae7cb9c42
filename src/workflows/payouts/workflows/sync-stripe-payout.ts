import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertPayoutFromStripeStep, type UpsertPayoutFromStripeStepInput } from "../steps/upsert-payout-from-stripe"

export type SyncStripePayoutWorkflowInput = UpsertPayoutFromStripeStepInput

export const syncStripePayoutWorkflowId = "sync-stripe-payout"

/** Keeps the stored payout as Stripe reports it (from the `payout.*` webhooks). */
export const syncStripePayoutWorkflow = createWorkflow(
  syncStripePayoutWorkflowId,
  (input: SyncStripePayoutWorkflowInput) => {
    const result = upsertPayoutFromStripeStep(input)
    return new WorkflowResponse(result)
  }
)
