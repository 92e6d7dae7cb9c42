import type { FeeConfigurationResponse } from "../../../shared/types/fees"
import {
  ALL_CURRENCIES,
  EMPTY_FEE_CONFIGURATION,
  type StoredFeeConfiguration,
} from "../../../modules/stripe-connect/fees"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { FeeConfigurationRow } from "../../../modules/stripe-connect/types"

/** The row stored for exactly this scope ("*" or a currency), if any: the one an update replaces. */
export async function findFeeConfiguration(
  service: StripeConnectModuleService,
  currencyCode: string
): Promise<FeeConfigurationRow | undefined> {
  const [row] = await service.listFeeConfigurations({ currency_code: currencyCode }, { take: 1 })
  return row
}

/** The answer of `GET /fees` for a stored document; none stored: no fee. `currency` null: platform-wide. */
export function toFeeConfigurationResponse(row: StoredFeeConfiguration | null | undefined): FeeConfigurationResponse {
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
