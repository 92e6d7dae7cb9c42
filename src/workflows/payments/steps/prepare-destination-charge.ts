import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { FeeBasisAccount } from "../../../modules/stripe-connect/queries/fee-basis"
import {
  decideApplicationFee,
  hasExplicitFee,
  type ApplicationFeeWithBasis,
} from "../../fees/utils/decide-application-fee"

export type PrepareDestinationChargeStepInput = {
  stripe_account_id: string
  amount: number
  currency: string
  /** A fee the caller fixed; null or undefined: from the fee configuration. */
  explicit_fee?: number | null
}

export type ChargeableAccount = {
  id: string
  stripe_account_id: string
  merchant_id: string
  capabilities: Record<string, unknown>
}

export type PreparedDestinationCharge = {
  account: ChargeableAccount
  fee: ApplicationFeeWithBasis
}

export const prepareDestinationChargeStepId = "prepare-destination-charge"

/**
 * This step returns the stored connected account a payment goes to and the payment's application fee, or refuses:
 * 404 `account_not_found` when the plugin has no such account, 401 `account_not_onboarded` while Stripe does not
 * let it take charges (`charges_enabled` false). The fee is `computeApplicationFee`'s: the explicit fee, else the
 * fee configuration in force for the currency with the merchant's volume for the current UTC calendar month
 * choosing the tier, with what it was decided from (`fee_basis`, docs/api.md#fee-basis). It reads all of that in
 * one statement (`retrieveFeeBasis`) and writes nothing.
 */
export const prepareDestinationChargeStep = createStep(
  prepareDestinationChargeStepId,
  async (input: PrepareDestinationChargeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const basis = await service.retrieveFeeBasis({
      currency: input.currency,
      stripe_account_id: input.stripe_account_id,
      volume_at: hasExplicitFee(input) ? null : new Date(),
    })
    const account = chargeableAccount(basis.account, input.stripe_account_id)
    const fee = decideApplicationFee(
      {
        amount: input.amount,
        currency: input.currency,
        merchant_id: account.merchant_id,
        explicit_fee: input.explicit_fee,
      },
      basis
    )
    return new StepResponse<PreparedDestinationCharge>({ account, fee })
  }
)

function chargeableAccount(account: FeeBasisAccount | null, stripeAccountId: string): ChargeableAccount {
  if (!account) {
    throw new StripeConnectError("account_not_found", `Connected account ${stripeAccountId} was not found`, {
      param: "account_id",
    })
  }
  if (!account.charges_enabled) {
    throw new StripeConnectError(
      "account_not_onboarded",
      `Connected account ${stripeAccountId} cannot take charges yet: its onboarding is incomplete (status ${account.status})`
    )
  }
  return {
    id: account.id,
    stripe_account_id: account.stripe_account_id,
    merchant_id: account.merchant_id,
    capabilities: (account.capabilities ?? {}) as Record<string, unknown>,
  }
}
