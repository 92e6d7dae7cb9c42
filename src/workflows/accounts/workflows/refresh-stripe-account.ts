import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveStripeAccountStep } from "../steps/retrieve-stripe-account"
import { applyStripeAccountUpdateWorkflow } from "./apply-stripe-account-update"

export type RefreshStripeAccountWorkflowInput = {
  account_id: string
  /** `created` of the event that asked for the refresh (unix seconds). */
  event_created: number
}

export const refreshStripeAccountWorkflowId = "refresh-stripe-account"

/**
 * Reads a connected account from Stripe and applies it. Used for events that carry only part of the account
 * (`capability.updated`): the account as Stripe has it now is at least as new as the event.
 */
export const refreshStripeAccountWorkflow = createWorkflow(
  refreshStripeAccountWorkflowId,
  (input: RefreshStripeAccountWorkflowInput) => {
    const account = retrieveStripeAccountStep({ account_id: input.account_id })
    const applyInput = transform({ account, input }, ({ account, input }) => ({
      account,
      event_created: input.event_created,
    }))
    const result = applyStripeAccountUpdateWorkflow.runAsStep({ input: applyInput })
    return new WorkflowResponse(result)
  }
)
