import type { FeeConfigurationDocument, FeeConfigurationResponse } from "../../../shared/types/fees"
import { EMPTY_FEE_CONFIGURATION, sameFeeDocument } from "../../../modules/stripe-connect/fees"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { FeeConfigurationRow } from "../../../modules/stripe-connect/types"

/** The `currency_code` of the platform-wide document. */
export const ALL_CURRENCIES = "*"

/** The row stored for exactly this scope ("*" or a currency), if any. */
export async function findFeeConfiguration(
  service: StripeConnectModuleService,
  currencyCode: string
): Promise<FeeConfigurationRow | undefined> {
  const [row] = await service.listFeeConfigurations({ currency_code: currencyCode }, { take: 1 })
  return row
}

/**
 * The configuration in force for a currency: its own document when it has one, else the platform-wide one, else
 * no fee at all. `currency` in the answer says which it is (null: platform-wide).
 */
export async function resolveFeeConfiguration(
  service: StripeConnectModuleService,
  currency: string | null | undefined
): Promise<FeeConfigurationResponse> {
  const own = currency ? await findFeeConfiguration(service, currency.toLowerCase()) : undefined
  const row = own ?? (await findFeeConfiguration(service, ALL_CURRENCIES))
  return toFeeConfigurationResponse(row)
}

/** The configuration in force for a currency with its version: see `FeeBasis`. */
export type FeeConfigurationVersion = {
  configuration: FeeConfigurationResponse
  /** "*" or the currency whose document is in force; null when none was saved. */
  scope: string | null
  /** The fee audit's newest entry for that scope when it holds the stored document, else null. */
  configuration_change_id: string | null
}

/**
 * As `resolveFeeConfiguration`, with the version of the document in force (docs/api.md#fee-basis): the fee audit's
 * newest change of its scope, whose `after` is the stored document. A change saved and not yet audited (the
 * moment between the update workflow's two steps) leaves the version unknown.
 */
export async function resolveFeeConfigurationVersion(
  service: StripeConnectModuleService,
  currency: string | null | undefined
): Promise<FeeConfigurationVersion> {
  const own = currency ? await findFeeConfiguration(service, currency.toLowerCase()) : undefined
  const row = own ?? (await findFeeConfiguration(service, ALL_CURRENCIES))
  if (!row) {
    return feeConfigurationVersionOf(undefined, null)
  }
  const [newest] = await service.listFeeConfigurationChanges(
    { kind: "configuration", currency_code: row.currency_code },
    { order: { created_at: "DESC", id: "DESC" }, take: 1, select: ["id", "after"] }
  )
  return feeConfigurationVersionOf(row, newest ?? null)
}

/** The version of the stored document `row` (see `resolveFeeConfigurationVersion`), given its scope's newest change. */
export function feeConfigurationVersionOf(
  row: StoredFeeConfiguration | undefined,
  newest: { id: string; after?: FeeConfigurationDocument | null } | null
): FeeConfigurationVersion {
  if (!row) {
    return { configuration: toFeeConfigurationResponse(undefined), scope: null, configuration_change_id: null }
  }
  const current = newest?.after && sameFeeDocument(newest.after, row.document) ? newest.id : null
  return { configuration: toFeeConfigurationResponse(row), scope: row.currency_code, configuration_change_id: current }
}

/** What a fee configuration's answer is made from. */
type StoredFeeConfiguration = Pick<FeeConfigurationRow, "currency_code" | "document" | "updated_at" | "updated_by">

export function toFeeConfigurationResponse(row: StoredFeeConfiguration | undefined): FeeConfigurationResponse {
  const document = row?.document ?? EMPTY_FEE_CONFIGURATION
  return {
    default_fee_percent: document.default_fee_percent,
    default_fee_fixed: document.default_fee_fixed,
    fee_tiers: document.fee_tiers,
    per_merchant_overrides: document.per_merchant_overrides,
    currency: !row || row.currency_code === ALL_CURRENCIES ? null : row.currency_code,
    updated_at: row ? new Date(row.updated_at).toISOString() : null,
    updated_by: row?.updated_by ?? null,
  }
}
