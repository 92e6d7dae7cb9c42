import type { FeeConfigurationDocument } from "../../../shared/types/fees"

/** What `GET /fees` answers before anyone configured fees: the platform takes no fee. */
export const EMPTY_FEE_CONFIGURATION: FeeConfigurationDocument = Object.freeze({
  default_fee_percent: 0,
  default_fee_fixed: 0,
  fee_tiers: [],
  per_merchant_overrides: [],
}) as FeeConfigurationDocument
