import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { consumeOAuthStateStep, type ConsumeOAuthStateStepInput } from "../steps/consume-oauth-state"

export type ConsumeOAuthStateWorkflowInput = ConsumeOAuthStateStepInput

export const consumeOAuthStateWorkflowId = "consume-oauth-state"

/**
 * Checks and spends the `state` of an OAuth callback; returns the integration and the admin it belongs to.
 */
export const consumeOAuthStateWorkflow = createWorkflow(
  consumeOAuthStateWorkflowId,
  (input: ConsumeOAuthStateWorkflowInput) => {
    const result = consumeOAuthStateStep(input)
    return new WorkflowResponse(result)
  }
)
