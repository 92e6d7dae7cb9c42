import type { FeeConfigurationDocument } from "./types/fees"
import { decimalFraction } from "./decimal-fraction"

export type FeeConfigurationIssue = {
  /** The offending field, e.g. "fee_tiers[1].volume_min". */
  field: string
  /** Path segments of the same field, for validators that report paths. */
  path: (string | number)[]
  message: string
}

const MAX_PERCENT_DECIMALS = 4

/**
 * Checks a fee configuration document beyond its shape: percents within 0-100 with at most four decimals, fixed
 * amounts and volumes non-negative integers, tiers sorted by volume and not overlapping (each starts above the
 * previous one's volume_max; only the last may be unbounded), one override per merchant. Returns every problem,
 * each naming its field and index; an empty list means the document is valid.
 */
export function validateFeeConfiguration(document: FeeConfigurationDocument): FeeConfigurationIssue[] {
  const issues: FeeConfigurationIssue[] = []
  const report = (path: (string | number)[], message: string) =>
    issues.push({ path, field: fieldName(path), message: `${fieldName(path)}: ${message}` })

  checkPercent(document.default_fee_percent, ["default_fee_percent"], report)
  checkAmount(document.default_fee_fixed, ["default_fee_fixed"], report)

  document.fee_tiers.forEach((tier, index) => {
    checkAmount(tier.volume_min, ["fee_tiers", index, "volume_min"], report)
    if (tier.volume_max !== null) {
      checkAmount(tier.volume_max, ["fee_tiers", index, "volume_max"], report)
      if (tier.volume_max < tier.volume_min) {
        report(["fee_tiers", index, "volume_max"], `must be at least volume_min (${tier.volume_min})`)
      }
    }
    checkPercent(tier.fee_percent, ["fee_tiers", index, "fee_percent"], report)
    checkAmount(tier.fee_fixed, ["fee_tiers", index, "fee_fixed"], report)

    const previous = index > 0 ? document.fee_tiers[index - 1] : undefined
    if (previous) {
      if (previous.volume_max === null) {
        report(["fee_tiers", index - 1, "volume_max"], "only the last tier may be unbounded (volume_max null)")
      } else if (tier.volume_min <= previous.volume_max) {
        report(
          ["fee_tiers", index, "volume_min"],
          `tiers must be sorted and must not overlap: must be greater than fee_tiers[${index - 1}].volume_max (${previous.volume_max})`
        )
      }
    }
  })

  const seen = new Map<string, number>()
  document.per_merchant_overrides.forEach((override, index) => {
    const first = seen.get(override.merchant_id)
    if (first !== undefined) {
      report(
        ["per_merchant_overrides", index, "merchant_id"],
        `merchant ${override.merchant_id} already has an override at per_merchant_overrides[${first}]`
      )
    } else {
      seen.set(override.merchant_id, index)
    }
    checkPercent(override.fee_percent, ["per_merchant_overrides", index, "fee_percent"], report)
    checkAmount(override.fee_fixed, ["per_merchant_overrides", index, "fee_fixed"], report)
  })

  return issues
}

type Report = (path: (string | number)[], message: string) => void

function checkPercent(value: number, path: (string | number)[], report: Report): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    report(path, "must be a percentage between 0 and 100")
    return
  }
  const { denominator } = decimalFraction(value)
  if (denominator > 10n ** BigInt(MAX_PERCENT_DECIMALS)) {
    report(path, `must have at most ${MAX_PERCENT_DECIMALS} decimal places`)
  }
}

function checkAmount(value: number, path: (string | number)[], report: Report): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    report(path, "must be a non-negative integer")
  }
}

/** ["fee_tiers", 1, "volume_min"] -> "fee_tiers[1].volume_min". */
export function fieldName(path: (string | number)[]): string {
  return path.reduce<string>(
    (name, segment) => (typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    ""
  )
}
