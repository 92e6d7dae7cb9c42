import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

export type AssertAccountCanChargeStepInput = { stripe_account_id: string }

export type ChargeableAccount = {
  id: string
  stripe_account_id: string
  merchant_id: string
  capabilities: Record<string, unknown>
}

export const assertAccountCanChargeStepId = "assert-connected-account-can-charge"

/**
 * This step returns the stored connected account a payment goes to, or refuses: 404 `account_not_found` when the
 * plugin has no such account, 401 `account_not_onboarded` while Stripe does not let it take charges
 * (`charges_enabled` false). It writes nothing.
 */
export const assertAccountCanChargeStep = createStep(
  assertAccountCanChargeStepId,
  async ({ stripe_account_id }: AssertAccountCanChargeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [account] = await service.listConnectedAccounts({ stripe_account_id }, { take: 1 })
    if (!account) {
      throw new StripeConnectError("account_not_found", `Connected account ${stripe_account_id} was not found`, {
        param: "account_id",
      })
    }
    if (!account.charges_enabled) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${stripe_account_id} cannot take charges yet: its onboarding is incomplete (status ${account.status})`
      )
    }
    return new StepResponse<ChargeableAccount>({
      id: account.id,
      stripe_account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      capabilities: (account.capabilities ?? {}) as Record<string, unknown>,
    })
  }
)
