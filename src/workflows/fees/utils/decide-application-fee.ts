import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { calendarMonthOf, computeApplicationFee } from "../../../modules/stripe-connect/fees"
import type { ApplicationFeeDecision, FeeBasis, FeeConfigurationDocument } from "../../../shared/types/fees"
import { resolveFeeConfiguration, resolveFeeConfigurationVersion } from "./fee-configuration-scope"

export type DecideApplicationFeeInput = {
  amount: number
  currency: string
  merchant_id: string
  explicit_fee?: number | null
  now?: Date
}

/**
 * Reads what `computeApplicationFee` needs and runs it: the fee configuration in force for the currency and the
 * merchant's monthly volume in that currency (only when no explicit fee makes it moot).
 */
export async function decideApplicationFee(
  service: StripeConnectModuleService,
  input: DecideApplicationFeeInput
): Promise<ApplicationFeeDecision & { monthly_volume: number }> {
  return await decide(service, input, await resolveFeeConfiguration(service, input.currency))
}

/**
 * As `decideApplicationFee`, with what the fee was decided from (`FeeBasis`: the configuration's version and the
 * monthly volume), which the payment keeps so reconciliation can check the fee later (docs/api.md#fee-basis).
 */
export async function decideApplicationFeeWithBasis(
  service: StripeConnectModuleService,
  input: DecideApplicationFeeInput
): Promise<ApplicationFeeDecision & { monthly_volume: number; fee_basis: FeeBasis }> {
  const version = await resolveFeeConfigurationVersion(service, input.currency)
  const decision = await decide(service, input, version.configuration)
  return {
    ...decision,
    fee_basis: {
      source: decision.source,
      scope: version.scope,
      configuration_change_id: version.configuration_change_id,
      monthly_volume: decision.monthly_volume,
    },
  }
}

async function decide(
  service: StripeConnectModuleService,
  input: DecideApplicationFeeInput,
  configuration: FeeConfigurationDocument
): Promise<ApplicationFeeDecision & { monthly_volume: number }> {
  const hasExplicitFee = input.explicit_fee !== undefined && input.explicit_fee !== null
  const monthlyVolume = hasExplicitFee
    ? 0
    : await monthlyVolumeOf(service, input.merchant_id, input.currency, input.now ?? new Date())
  const decision = computeApplicationFee({
    amount: input.amount,
    currency: input.currency,
    merchant_id: input.merchant_id,
    explicit_fee: input.explicit_fee,
    configuration,
    monthly_volume: monthlyVolume,
  })
  return { ...decision, monthly_volume: monthlyVolume }
}

/**
 * The merchant's processed volume in a currency for the UTC calendar month holding `now`, in minor units: what
 * was captured (by the time the plugin saw it captured) minus what has been refunded of those payments.
 */
export async function monthlyVolumeOf(
  service: StripeConnectModuleService,
  merchantId: string,
  currency: string,
  now: Date
): Promise<number> {
  const { start, end } = calendarMonthOf(now)
  const payments = await service.listStripeConnectPayments(
    { merchant_id: merchantId, currency: currency.toLowerCase(), captured_at: { $gte: start, $lt: end } },
    { select: ["amount_captured", "amount_refunded"] }
  )
  return payments.reduce((sum, payment) => sum + payment.amount_captured - payment.amount_refunded, 0)
}
