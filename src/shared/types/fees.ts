/**
 * The platform fee configuration (docs/api.md#fees). Percents are percentages (2.9 means
 * 2.9 %), fixed amounts are integer minor units of the payment's currency, tier volumes are whole major units of
 * the payment's currency processed by the merchant in the current calendar month (UTC).
 */
export type FeeTier = {
  volume_min: number
  /** null: no upper bound. */
  volume_max: number | null
  fee_percent: number
  fee_fixed: number
}

export type MerchantFeeOverride = {
  merchant_id: string
  fee_percent: number
  fee_fixed: number
  reason: string | null
}

export type FeeConfigurationDocument = {
  default_fee_percent: number
  default_fee_fixed: number
  fee_tiers: FeeTier[]
  per_merchant_overrides: MerchantFeeOverride[]
}

/** `GET /fees`: the document, plus which currency it is for (null: every currency without its own) and who last changed it. */
export type FeeConfigurationResponse = FeeConfigurationDocument & {
  currency: string | null
  updated_at: string | null
  updated_by: string | null
}

/** One kept change of the configuration (`GET /fees/history`). */
export type FeeConfigurationChangeResponse = {
  id: string
  kind: "configuration"
  currency: string | null
  actor_id: string
  actor_type: string
  before: FeeConfigurationDocument | null
  after: FeeConfigurationDocument
  created_at: string
}

/** A payment whose fee a caller set instead of the configuration (`GET /fees/history?kind=payment_override`). */
export type FeePaymentOverrideResponse = {
  id: string
  kind: "payment_override"
  currency: string
  actor_id: string
  actor_type: string
  payment_intent_id: string
  account_id: string
  merchant_id: string
  amount: number
  /** The fee the caller set (minor units). */
  application_fee_amount: number
  /** The fee the configuration would have given (minor units). */
  configured_fee: number
  request_id: string | null
  created_at: string
}

export type FeeAuditEntryResponse = FeeConfigurationChangeResponse | FeePaymentOverrideResponse

/** Where a computed fee came from, in the order `computeApplicationFee` tries them. */
export type ApplicationFeeSource = "explicit" | "override" | "tier" | "default"

export type ApplicationFeeDecision = {
  /** Integer minor units, 0 <= fee <= amount. */
  fee: number
  source: ApplicationFeeSource
  fee_percent: number | null
  fee_fixed: number | null
  /** Index in `fee_tiers` when source is "tier". */
  tier_index: number | null
}

/** `POST /fees/preview`: the fee a payment would get now, with the rule that decided it. */
export type FeePreviewResponse = ApplicationFeeDecision & {
  amount: number
  currency: string
  merchant_id: string
  application_fee: number
  destination_amount: number
  monthly_volume: number
}

/**
 * What a fee was decided from, kept with the payment (and with each seller's part of a multi-seller charge) so that
 * reconciliation can work the fee out again from the configuration in force then (docs/api.md#fee-basis).
 */
export type FeeBasis = {
  source: ApplicationFeeSource
  /** The document used: "*" (platform-wide) or a currency; null when no configuration was saved (no fee). */
  scope: string | null
  /**
   * The fee audit's entry (kind "configuration") whose `after` was the document used: its version. null when no
   * configuration was saved, or when the newest entry was not yet the stored document (a change being saved).
   */
  configuration_change_id: string | null
  /** The merchant's volume this calendar month (minor units) that chose the tier; 0 for an explicit fee. */
  monthly_volume: number
}
