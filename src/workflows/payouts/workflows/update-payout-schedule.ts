import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateStripePayoutScheduleStep,
  type UpdateStripePayoutScheduleStepInput,
} from "../steps/update-stripe-payout-schedule"

export type UpdatePayoutScheduleWorkflowInput = UpdateStripePayoutScheduleStepInput

export const updatePayoutScheduleWorkflowId = "update-payout-schedule"

/**
 * Update payout schedule (docs/api.md#update-payout-schedule): sets the schedule at Stripe and returns the schedule
 * Stripe keeps.
 */
export const updatePayoutScheduleWorkflow = createWorkflow(
  updatePayoutScheduleWorkflowId,
  (input: UpdatePayoutScheduleWorkflowInput) => {
    const schedule = updateStripePayoutScheduleStep(input)
    return new WorkflowResponse({ schedule })
  }
)
