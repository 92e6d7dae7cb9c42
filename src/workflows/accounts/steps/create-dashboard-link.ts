import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { unixToIso } from "../../../modules/stripe-connect/accounts/event-order"

export type CreateDashboardLinkStepInput = {
  stripe_account_id: string
  request_id: string
}

/**
 * Stripe's login links carry no expiry of their own; they are single-use and short-lived. The response states
 * five minutes after creation, as the documented example does.
 */
export const LOGIN_LINK_LIFETIME_SECONDS = 300

export const createDashboardLinkStepId = "create-dashboard-link"

/**
 * This step creates a single-use login link to the Stripe Express dashboard. Only Express accounts have that
 * dashboard (400 `invalid_account_type` otherwise), and only once onboarding was submitted (401
 * `account_not_onboarded`). A login link changes nothing at Stripe, so there is nothing to compensate.
 */
export const createDashboardLinkStep = createStep(
  createDashboardLinkStepId,
  async (input: CreateDashboardLinkStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [account] = await service.listConnectedAccounts({ stripe_account_id: input.stripe_account_id })
    if (!account) {
      throw new StripeConnectError("account_not_found", `Connected account ${input.stripe_account_id} was not found`)
    }
    if (account.type !== "express") {
      throw new StripeConnectError(
        "invalid_account_type",
        `Dashboard links exist only for express accounts; ${account.stripe_account_id} is a ${account.type} account (${
          account.type === "standard"
            ? "its owner signs in at dashboard.stripe.com"
            : "custom accounts have no Stripe dashboard; the platform manages them"
        })`
      )
    }
    if (!account.details_submitted) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${account.stripe_account_id} has not completed onboarding; send an onboarding link first`
      )
    }
    const gateway = await service.getStripeGateway()
    const link = await gateway.accounts.createLoginLink(
      account.stripe_account_id,
      stripeIdempotencyKeys.loginLink(account.stripe_account_id, input.request_id)
    )
    return new StepResponse({ url: link.url, expires_at: unixToIso(link.created + LOGIN_LINK_LIFETIME_SECONDS) })
  }
)
