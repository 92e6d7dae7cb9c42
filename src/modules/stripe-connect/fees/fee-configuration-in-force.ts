import type { FeeConfigurationDocument } from "../../../shared/types/fees"
import type { FeeConfigurationRow } from "../types"
import { EMPTY_FEE_CONFIGURATION } from "./default-fee-configuration"
import { sameFeeDocument } from "./same-fee-document"

/** The `currency_code` of the platform-wide fee document, used for every currency without a document of its own. */
export const ALL_CURRENCIES = "*"

/** A stored fee document, as the fee basis reads it. */
export type StoredFeeConfiguration = Pick<
  FeeConfigurationRow,
  "currency_code" | "document" | "updated_at" | "updated_by"
>

/** A stored document that may be in force, with the fee audit's newest configuration change of its scope. */
export type FeeConfigurationCandidate = StoredFeeConfiguration & {
  newest_change: { id: string; after: FeeConfigurationDocument | null } | null
}

/** The fee document in force for a currency and its version (docs/api.md#fee-basis). */
export type FeeConfigurationInForce = {
  /** The currency's own document, else the platform-wide one; null when neither was saved. */
  configuration: StoredFeeConfiguration | null
  /** Its document; none saved: no fee (`EMPTY_FEE_CONFIGURATION`). */
  document: FeeConfigurationDocument
  /** Its `currency_code` ("*" or the currency); null when none was saved. */
  scope: string | null
  /**
   * The fee audit's newest change of that document's scope when its `after` is the stored document; null when it
   * is not (a change saved and not yet audited: the moment between the update workflow's two steps) or none.
   */
  configuration_change_id: string | null
}

/**
 * Which stored document is in force for `currency` (null: the platform-wide one is asked for): the currency's own,
 * else the platform-wide one, else none; with its version.
 */
export function feeConfigurationInForce(
  candidates: readonly FeeConfigurationCandidate[],
  currency: string | null
): FeeConfigurationInForce {
  const own = currency ? candidates.find((row) => row.currency_code === currency.toLowerCase()) : undefined
  const chosen = own ?? candidates.find((row) => row.currency_code === ALL_CURRENCIES)
  if (!chosen) {
    return { configuration: null, document: EMPTY_FEE_CONFIGURATION, scope: null, configuration_change_id: null }
  }
  const { newest_change: newest, ...configuration } = chosen
  const current = newest?.after && sameFeeDocument(newest.after, configuration.document) ? newest.id : null
  return {
    configuration,
    document: configuration.document,
    scope: configuration.currency_code,
    configuration_change_id: current,
  }
}
