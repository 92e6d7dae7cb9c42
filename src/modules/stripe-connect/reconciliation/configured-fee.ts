import type { FeeBasis, FeeConfigurationDocument } from "../../../shared/types/fees"
import { minorUnitStep } from "../../../shared/currency-units"
import { computeApplicationFee, EMPTY_FEE_CONFIGURATION } from "../fees"
import { floorToStep, roundToStep } from "../sellers/allocation/largest-remainder"

/** Fee configuration documents by the fee audit entry (kind "configuration") that holds them: its versions. */
export type FeeConfigurationVersions = ReadonlyMap<string, FeeConfigurationDocument>

/**
 * The document a fee was decided from (docs/api.md#fee-basis): none saved then means no fee; otherwise the version
 * the basis names. null when it cannot be known: no basis (the plugin did not decide the fee, or decided it before
 * it kept bases), an explicit fee (the fee audit keeps it), or a version unknown or no longer stored.
 */
function documentOf(basis: FeeBasis | null, versions: FeeConfigurationVersions): FeeConfigurationDocument | null {
  if (!basis || basis.source === "explicit") {
    return null
  }
  if (basis.scope === null) {
    return EMPTY_FEE_CONFIGURATION
  }
  return basis.configuration_change_id ? (versions.get(basis.configuration_change_id) ?? null) : null
}

/**
 * The application fee a destination charge gets from the fee configuration in force when the plugin decided it:
 * the configuration's version and the merchant's monthly volume kept in `basis`, on the payment's full amount.
 * null when that cannot be known (see `documentOf`).
 */
export function configuredPaymentFee(
  payment: { amount: number; currency: string; merchant_id: string | null; fee_basis: FeeBasis | null },
  versions: FeeConfigurationVersions
): number | null {
  const configuration = documentOf(payment.fee_basis, versions)
  if (!configuration || !payment.fee_basis) {
    return null
  }
  return computeApplicationFee({
    amount: payment.amount,
    currency: payment.currency,
    merchant_id: payment.merchant_id,
    configuration,
    monthly_volume: payment.fee_basis.monthly_volume,
  }).fee
}

/**
 * A seller's platform fee in a multi-seller charge as the configuration in force at the capture gives it
 * (docs/api.md#seller-split): computed on its share of the charge, rounded to the currency's step, and only as far
 * as its part covers it after the tax the platform keeps. null when it cannot be known (see `documentOf`).
 */
export function configuredSellerFee(
  seller: {
    charged_amount: number
    tax_kept_amount: number
    currency: string
    merchant_id: string | null
    fee_basis: FeeBasis | null
  },
  versions: FeeConfigurationVersions
): number | null {
  const configuration = documentOf(seller.fee_basis, versions)
  if (!configuration || !seller.fee_basis) {
    return null
  }
  const step = minorUnitStep(seller.currency)
  const decided = computeApplicationFee({
    amount: seller.charged_amount,
    currency: seller.currency,
    merchant_id: seller.merchant_id,
    configuration,
    monthly_volume: seller.fee_basis.monthly_volume,
  }).fee
  return Math.min(roundToStep(decided, step), floorToStep(seller.charged_amount, step) - seller.tax_kept_amount)
}
