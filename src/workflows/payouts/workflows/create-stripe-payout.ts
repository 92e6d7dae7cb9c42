import type Stripe from "stripe"
import { createWorkflow, WorkflowResponse, type ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import { createStripePayoutStep, type CreateStripePayoutStepInput } from "../steps/create-stripe-payout"

export type CreateStripePayoutWorkflowInput = CreateStripePayoutStepInput

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type CreateStripePayoutWorkflow = ReturnWorkflow<CreateStripePayoutWorkflowInput, { payout: Stripe.Payout }, []>

export const createStripePayoutWorkflowId = "create-stripe-payout"

/** A manual (standard) or instant payout of a connected account, one at a time per account. */
export const createStripePayoutWorkflow: CreateStripePayoutWorkflow = createWorkflow(
  createStripePayoutWorkflowId,
  (input: CreateStripePayoutWorkflowInput) => {
    const payout = createStripePayoutStep(input)
    return new WorkflowResponse({ payout })
  }
)
