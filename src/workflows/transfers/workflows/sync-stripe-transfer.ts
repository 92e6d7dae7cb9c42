import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateTransferFromStripeStep,
  type UpdateTransferFromStripeStepInput,
} from "../steps/update-transfer-from-stripe"

export type SyncStripeTransferWorkflowInput = UpdateTransferFromStripeStepInput

export const syncStripeTransferWorkflowId = "sync-stripe-transfer"

/** Copies Stripe's reversed amount onto a stored transfer (from the `transfer.*` webhooks). */
export const syncStripeTransferWorkflow = createWorkflow(
  syncStripeTransferWorkflowId,
  (input: SyncStripeTransferWorkflowInput) => {
    const transfer = updateTransferFromStripeStep(input)
    return new WorkflowResponse({ transfer })
  }
)
