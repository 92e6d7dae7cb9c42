import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createIntegrationStep, type CreateIntegrationStepInput } from "../steps/create-integration"

export type CreateStripeIntegrationWorkflowInput = CreateIntegrationStepInput

export const createStripeIntegrationWorkflowId = "create-stripe-integration"

/**
 * Creates a Stripe integration instance: a placeholder that OAuth later connects to a Stripe account.
 */
export const createStripeIntegrationWorkflow = createWorkflow(
  createStripeIntegrationWorkflowId,
  (input: CreateStripeIntegrationWorkflowInput) => {
    const integration = createIntegrationStep(input)
    return new WorkflowResponse(integration)
  }
)
