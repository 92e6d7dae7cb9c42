import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOAuthStateStep, type CreateOAuthStateStepInput } from "../steps/create-oauth-state"

export type StartIntegrationAuthorizationWorkflowInput = CreateOAuthStateStepInput

export const startIntegrationAuthorizationWorkflowId = "start-integration-authorization"

/**
 * Begins Stripe Connect OAuth for an integration: returns the `authorize_url` to send the admin to.
 */
export const startIntegrationAuthorizationWorkflow = createWorkflow(
  startIntegrationAuthorizationWorkflowId,
  (input: StartIntegrationAuthorizationWorkflowInput) => {
    const result = createOAuthStateStep(input)
    return new WorkflowResponse(result)
  }
)
