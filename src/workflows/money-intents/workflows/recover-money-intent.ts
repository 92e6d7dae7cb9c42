import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recoverMoneyIntentStep, type RecoverMoneyIntentStepInput } from "../steps/recover-money-intent"

export type RecoverMoneyIntentWorkflowInput = RecoverMoneyIntentStepInput

export const recoverMoneyIntentWorkflowId = "recover-money-intent"

/**
 * Crash recovery of one money movement (docs/api.md#crash-safe-money): asks Stripe again with the stored key and
 * records what Stripe made. Run by the recovery job and by the webhook handlers of the objects.
 */
export const recoverMoneyIntentWorkflow = createWorkflow(
  recoverMoneyIntentWorkflowId,
  (input: RecoverMoneyIntentWorkflowInput) => {
    const result = recoverMoneyIntentStep(input)
    return new WorkflowResponse(result)
  }
)
