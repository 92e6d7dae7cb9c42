import { validateFeeConfiguration, type FeeConfigurationIssue } from "../../shared/validate-fee-configuration"
import type { FeeConfigurationDocument } from "./types"

/** The fee editor's state: what people typed, as text, so a half-typed number is not lost. */
export type FeeTierRow = { volume_min: string; volume_max: string; fee_percent: string; fee_fixed: string }
export type FeeOverrideRow = { merchant_id: string; fee_percent: string; fee_fixed: string; reason: string }
export type FeeForm = {
  default_fee_percent: string
  default_fee_fixed: string
  fee_tiers: FeeTierRow[]
  per_merchant_overrides: FeeOverrideRow[]
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value))

/** A number as typed; blank or not a number gives NaN, which the validation reports for that field. */
const numberOf = (value: string) => (value.trim() === "" ? Number.NaN : Number(value.trim()))

export function toFeeForm(document: FeeConfigurationDocument): FeeForm {
  return {
    default_fee_percent: text(document.default_fee_percent),
    default_fee_fixed: text(document.default_fee_fixed),
    fee_tiers: document.fee_tiers.map((tier) => ({
      volume_min: text(tier.volume_min),
      volume_max: text(tier.volume_max),
      fee_percent: text(tier.fee_percent),
      fee_fixed: text(tier.fee_fixed),
    })),
    per_merchant_overrides: document.per_merchant_overrides.map((override) => ({
      merchant_id: override.merchant_id,
      fee_percent: text(override.fee_percent),
      fee_fixed: text(override.fee_fixed),
      reason: override.reason ?? "",
    })),
  }
}

/** The document the API takes; a blank tier maximum means "no upper bound" (null), blank fixed fees mean 0. */
export function toFeeDocument(form: FeeForm): FeeConfigurationDocument {
  const fixed = (value: string) => (value.trim() === "" ? 0 : numberOf(value))
  return {
    default_fee_percent: numberOf(form.default_fee_percent),
    default_fee_fixed: fixed(form.default_fee_fixed),
    fee_tiers: form.fee_tiers.map((tier) => ({
      volume_min: numberOf(tier.volume_min),
      volume_max: tier.volume_max.trim() === "" ? null : numberOf(tier.volume_max),
      fee_percent: numberOf(tier.fee_percent),
      fee_fixed: fixed(tier.fee_fixed),
    })),
    per_merchant_overrides: form.per_merchant_overrides.map((override) => ({
      merchant_id: override.merchant_id.trim(),
      fee_percent: numberOf(override.fee_percent),
      fee_fixed: fixed(override.fee_fixed),
      reason: override.reason.trim() || null,
    })),
  }
}

/**
 * The API's own rules (the same `validateFeeConfiguration` the route runs), plus a blank merchant id, keyed by
 * field name ("fee_tiers[1].volume_min") so each input can show its message.
 */
export function validateFeeForm(form: FeeForm): Map<string, string> {
  const document = toFeeDocument(form)
  const issues: FeeConfigurationIssue[] = validateFeeConfiguration(document)
  const byField = new Map<string, string>()
  for (const issue of issues) {
    if (!byField.has(issue.field)) byField.set(issue.field, issue.message)
  }
  document.per_merchant_overrides.forEach((override, index) => {
    const field = `per_merchant_overrides[${index}].merchant_id`
    if (!override.merchant_id && !byField.has(field)) byField.set(field, `${field}: required`)
  })
  return byField
}
