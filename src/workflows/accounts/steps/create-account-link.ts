import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { unixToIso } from "../../../modules/stripe-connect/accounts/event-order"
import type { OnboardingLinkType } from "../../../types/accounts"

export type CreateAccountLinkStepInput = {
  stripe_account_id: string
  type: OnboardingLinkType
  return_url?: string
  refresh_url?: string
  request_id: string
}

export type AccountLinkResult = { url: string; expires_at: string }

export const createAccountLinkStepId = "create-account-link"

/**
 * This step asks Stripe for a hosted onboarding (or update) link for a connected account. Without URLs from the
 * caller, the merchant comes back to the account's page in the Medusa admin. A link expires on its own and
 * changes nothing at Stripe, so there is nothing to compensate.
 */
export const createAccountLinkStep = createStep(
  createAccountLinkStepId,
  async (input: CreateAccountLinkStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { publicUrl } = await service.getOptions()
    const adminPage = `${publicUrl}/app/settings/stripe-connect/accounts/${input.stripe_account_id}`
    const gateway = await service.getStripeGateway()
    const link = await gateway.accounts.createLink(
      {
        account: input.stripe_account_id,
        type: input.type,
        return_url: input.return_url ?? `${adminPage}?onboarding=return`,
        refresh_url: input.refresh_url ?? `${adminPage}?onboarding=refresh`,
      },
      stripeIdempotencyKeys.accountLink(input.stripe_account_id, input.type, input.request_id)
    )
    return new StepResponse<AccountLinkResult>({ url: link.url, expires_at: unixToIso(link.expires_at) })
  }
)
