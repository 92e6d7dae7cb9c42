import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDashboardLinkStep } from "../steps/create-dashboard-link"

export type CreateAccountDashboardLinkWorkflowInput = { stripe_account_id: string; request_id: string }

export const createAccountDashboardLinkWorkflowId = "create-account-dashboard-link"

/**
 * Creates a single-use login link to the Stripe Express dashboard of an express account.
 */
export const createAccountDashboardLinkWorkflow = createWorkflow(
  createAccountDashboardLinkWorkflowId,
  (input: CreateAccountDashboardLinkWorkflowInput) => {
    const link = createDashboardLinkStep(input)
    return new WorkflowResponse(link)
  }
)
