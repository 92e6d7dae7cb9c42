import { MedusaError } from "@medusajs/framework/utils"
import type { ApplicationFeeDecision, FeeConfigurationDocument, FeeTier } from "../../../shared/types/fees"
import { wholeMajorUnits } from "../money"
import { minorUnitStep } from "../../../shared/currency-units"
import { percentOf, roundToStep } from "./percent-of"

export type ComputeApplicationFeeInput = {
  /** The payment amount in integer minor units. */
  amount: number
  currency: string
  merchant_id?: string | null
  /** A fee the caller fixed (the admin API's `application_fee_amount`); it wins over the configuration. */
  explicit_fee?: number | null
  configuration: FeeConfigurationDocument
  /**
   * What the merchant processed in this currency in the current calendar month, in minor units (captured minus
   * refunded). Tiers are matched on the whole major units it holds.
   */
  monthly_volume?: number
}

/**
 * The platform's application fee for one payment, in integer minor units. The first that applies wins:
 * 1. an explicit fee; 2. the merchant's override; 3. the tier whose [volume_min, volume_max] (inclusive, whole
 * major units) holds the merchant's monthly volume; 4. the default.
 * A rate is `fee_percent` % of the amount rounded half up to the minor unit, plus `fee_fixed`; in three-decimal
 * currencies the result is rounded half up to a multiple of 10 (Stripe's rule). The fee is never negative and
 * never more than the amount.
 */
export function computeApplicationFee(input: ComputeApplicationFeeInput): ApplicationFeeDecision {
  const { amount, currency, configuration } = input
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: ${amount} is not a non-negative integer`)
  }

  if (input.explicit_fee !== undefined && input.explicit_fee !== null) {
    return { fee: clamp(Math.trunc(input.explicit_fee), amount), source: "explicit", fee_percent: null, fee_fixed: null, tier_index: null }
  }

  const override = input.merchant_id
    ? configuration.per_merchant_overrides.find((candidate) => candidate.merchant_id === input.merchant_id)
    : undefined
  if (override) {
    return rate(amount, currency, override.fee_percent, override.fee_fixed, "override", null)
  }

  const volume = wholeMajorUnits(Math.max(0, input.monthly_volume ?? 0), currency)
  const tierIndex = configuration.fee_tiers.findIndex((tier) => tierHolds(tier, volume))
  if (tierIndex >= 0) {
    const tier = configuration.fee_tiers[tierIndex]
    return rate(amount, currency, tier.fee_percent, tier.fee_fixed, "tier", tierIndex)
  }

  return rate(amount, currency, configuration.default_fee_percent, configuration.default_fee_fixed, "default", null)
}

/** Whether a tier holds a volume (whole major units): volume_min <= volume <= volume_max, no upper bound when null. */
export function tierHolds(tier: FeeTier, volume: number): boolean {
  return volume >= tier.volume_min && (tier.volume_max === null || volume <= tier.volume_max)
}

function rate(
  amount: number,
  currency: string,
  percent: number,
  fixed: number,
  source: ApplicationFeeDecision["source"],
  tierIndex: number | null
): ApplicationFeeDecision {
  const raw = percentOf(amount, percent) + fixed
  const fee = clamp(roundToStep(raw, minorUnitStep(currency)), amount)
  return { fee, source, fee_percent: percent, fee_fixed: fixed, tier_index: tierIndex }
}

function clamp(fee: number, amount: number): number {
  return Math.min(Math.max(fee, 0), amount)
}
