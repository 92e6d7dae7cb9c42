import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStripePayoutStep, type CreateStripePayoutStepInput } from "../steps/create-stripe-payout"

export type CreateStripePayoutWorkflowInput = CreateStripePayoutStepInput

export const createStripePayoutWorkflowId = "create-stripe-payout"

/** A manual (standard) or instant payout of a connected account, one at a time per account. */
export const createStripePayoutWorkflow = createWorkflow(
  createStripePayoutWorkflowId,
  (input: CreateStripePayoutWorkflowInput) => {
    const payout = createStripePayoutStep(input)
    return new WorkflowResponse({ payout })
  }
)
