import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { FeeConfigurationDocument, FeeTier } from "../../../shared/types/fees"

const sameTier = (a: FeeTier, b: FeeTier) =>
  a.volume_min === b.volume_min &&
  a.volume_max === b.volume_max &&
  a.fee_percent === b.fee_percent &&
  a.fee_fixed === b.fee_fixed

/** The first field of the platform's part of the document that `asked` changes, or null. */
function changedPlatformField(current: FeeConfigurationDocument, asked: FeeConfigurationDocument): string | null {
  if (asked.default_fee_percent !== current.default_fee_percent) {
    return "default_fee_percent"
  }
  if (asked.default_fee_fixed !== current.default_fee_fixed) {
    return "default_fee_fixed"
  }
  const tiers = asked.fee_tiers.length === current.fee_tiers.length ? asked.fee_tiers : null
  return tiers && tiers.every((tier, index) => sameTier(tier, current.fee_tiers[index])) ? null : "fee_tiers"
}

const forbidden = (field: string, why: string) =>
  new StripeConnectError("forbidden", `${field}: ${why}`, { param: field })

/**
 * The document a caller limited to some merchants may write (docs/api.md#update-fee-configuration): the platform's
 * defaults and tiers as they are, the overrides of other merchants as they are, and its own merchants' overrides as
 * it asks. Anything else is a 403 naming the field: a defaults or tiers change, an override of another merchant,
 * or a document the scope does not have yet (creating one would change every merchant's fee in that scope).
 */
export function merchantScopedFeeDocument(
  current: FeeConfigurationDocument | null,
  asked: FeeConfigurationDocument,
  merchantIds: readonly string[]
): FeeConfigurationDocument {
  if (!current) {
    throw forbidden("currency", "only a role granted for every merchant may create this fee configuration")
  }
  const platformField = changedPlatformField(current, asked)
  if (platformField) {
    throw forbidden(platformField, "only a role granted for every merchant may change the platform's fees")
  }
  const outside = asked.per_merchant_overrides.findIndex((override) => !merchantIds.includes(override.merchant_id))
  if (outside >= 0) {
    throw forbidden(
      `per_merchant_overrides[${outside}].merchant_id`,
      "you may set the overrides of your own merchants only"
    )
  }
  return {
    ...current,
    per_merchant_overrides: [
      ...current.per_merchant_overrides.filter((override) => !merchantIds.includes(override.merchant_id)),
      ...asked.per_merchant_overrides,
    ],
  }
}
