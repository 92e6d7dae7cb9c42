import type Stripe from "stripe"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { CONNECTED_ACCOUNT_TYPES, type ConnectedAccountType } from "../../../shared/types/accounts"
import { createOrGetConnectedAccountStep } from "../steps/create-or-get-connected-account"
import { createAccountLinkStep } from "../steps/create-account-link"

export type CreateConnectedAccountWorkflowInput = {
  merchant_id: string
  account_type: string
  business_type?: Stripe.AccountCreateParams.BusinessType
  country?: string
  email?: string
  business_profile?: Stripe.AccountCreateParams.BusinessProfile
  capabilities?: Record<string, boolean>
  return_url?: string
  refresh_url?: string
  /** Identifies the admin request, so a retry of it reuses its onboarding link. */
  request_id: string
}

export const validateAccountTypeStepId = "validate-connected-account-type"

/**
 * This step refuses account types Stripe Connect does not offer (400 `invalid_account_type`). It writes nothing.
 */
export const validateAccountTypeStep = createStep(
  validateAccountTypeStepId,
  async ({ account_type }: { account_type: string }) => {
    if (!(CONNECTED_ACCOUNT_TYPES as readonly string[]).includes(account_type)) {
      throw new StripeConnectError(
        "invalid_account_type",
        `account_type: "${account_type}" is not supported; use one of ${CONNECTED_ACCOUNT_TYPES.join(", ")}`,
        { param: "account_type" }
      )
    }
    return new StepResponse(account_type as ConnectedAccountType)
  }
)

export const createConnectedAccountWorkflowId = "create-connected-account"

/**
 * Creates a merchant's Stripe connected account (or returns the one the merchant already has in this mode) and,
 * while onboarding is not submitted, a fresh onboarding link.
 */
export const createConnectedAccountWorkflow = createWorkflow(
  createConnectedAccountWorkflowId,
  (input: CreateConnectedAccountWorkflowInput) => {
    const accountType = validateAccountTypeStep({ account_type: input.account_type })
    const accountInput = transform({ input, accountType }, ({ input, accountType }) => ({
      merchant_id: input.merchant_id,
      account_type: accountType,
      business_type: input.business_type,
      country: input.country,
      email: input.email,
      business_profile: input.business_profile,
      capabilities: input.capabilities,
    }))
    const { account, created } = createOrGetConnectedAccountStep(accountInput)

    const link = when({ account }, ({ account }) => !account.details_submitted).then(() =>
      createAccountLinkStep(
        transform({ input, account }, ({ input, account }) => ({
          stripe_account_id: account.stripe_account_id,
          type: "account_onboarding" as const,
          return_url: input.return_url,
          refresh_url: input.refresh_url,
          request_id: input.request_id,
        }))
      )
    )

    const result = transform({ account, created, link }, ({ account, created, link }) => ({
      account,
      created,
      onboarding_link: link ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
