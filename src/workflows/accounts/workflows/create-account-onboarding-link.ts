import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OnboardingLinkType } from "../../../types/accounts"
import { createAccountLinkStep } from "../steps/create-account-link"

export type CreateAccountOnboardingLinkWorkflowInput = {
  stripe_account_id: string
  type: OnboardingLinkType
  return_url?: string
  refresh_url?: string
  request_id: string
}

export const createAccountOnboardingLinkWorkflowId = "create-account-onboarding-link"

/**
 * Creates a Stripe-hosted onboarding (`account_onboarding`) or update (`account_update`) link for an account.
 */
export const createAccountOnboardingLinkWorkflow = createWorkflow(
  createAccountOnboardingLinkWorkflowId,
  (input: CreateAccountOnboardingLinkWorkflowInput) => {
    const link = createAccountLinkStep(input)
    return new WorkflowResponse(link)
  }
)
