import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { calendarMonthOf, computeApplicationFee } from "../../../modules/stripe-connect/fees"
import type { ApplicationFeeDecision, FeeBasis, FeeConfigurationDocument } from "../../../shared/types/fees"
import {
  resolveFeeConfiguration,
  resolveFeeConfigurationVersion,
  type FeeConfigurationVersion,
} from "./fee-configuration-scope"

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
  const monthlyVolume = hasExplicitFee(input)
    ? 0
    : await monthlyVolumeOf(service, input.merchant_id, input.currency, input.now ?? new Date())
  return decideWithBasis(input, version, monthlyVolume)
}

/** As `decideApplicationFeeWithBasis`, from a version and monthly volume read already (0 for an explicit fee). */
export function decideWithBasis(
  input: Omit<DecideApplicationFeeInput, "now">,
  version: FeeConfigurationVersion,
  monthlyVolume: number
): ApplicationFeeDecision & { monthly_volume: number; fee_basis: FeeBasis } {
  const decision = computeDecision(input, version.configuration, monthlyVolume)
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

/** Whether the caller fixed the fee (the configuration and the monthly volume are then moot). */
export function hasExplicitFee(input: Pick<DecideApplicationFeeInput, "explicit_fee">): boolean {
  return input.explicit_fee !== undefined && input.explicit_fee !== null
}

async function decide(
  service: StripeConnectModuleService,
  input: DecideApplicationFeeInput,
  configuration: FeeConfigurationDocument
): Promise<ApplicationFeeDecision & { monthly_volume: number }> {
  const monthlyVolume = hasExplicitFee(input)
    ? 0
    : await monthlyVolumeOf(service, input.merchant_id, input.currency, input.now ?? new Date())
  return computeDecision(input, configuration, monthlyVolume)
}

function computeDecision(
  input: Omit<DecideApplicationFeeInput, "now">,
  configuration: FeeConfigurationDocument,
  monthlyVolume: number
): ApplicationFeeDecision & { monthly_volume: number } {
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
