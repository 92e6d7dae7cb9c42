import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planSellerSplitStep, type PlanSellerSplitStepInput } from "../steps/plan-seller-split"

export type PlanSellerSplitWorkflowInput = PlanSellerSplitStepInput

export const planSellerSplitWorkflowId = "plan-seller-split"

/** Stores the seller split record of a multi-seller charge before its capture (docs/api.md#seller-transfers). */
export const planSellerSplitWorkflow = createWorkflow(
  planSellerSplitWorkflowId,
  (input: PlanSellerSplitWorkflowInput) => {
    const rows = planSellerSplitStep(input)
    return new WorkflowResponse(rows)
  }
)
