import type { MedusaRequest } from "@medusajs/framework/http"
import type { MerchantFeeOverride } from "../../../../shared/types/fees"
import { getAccessScope } from "../../../utils/access-scope"

/**
 * The per-merchant overrides the caller may see: all of them for an unscoped caller, only its own merchants'
 * for a merchant-scoped one (the platform's defaults and tiers stay visible to both).
 */
export function visibleOverrides<T extends { per_merchant_overrides: MerchantFeeOverride[] }>(
  req: MedusaRequest,
  document: T
): T {
  const { merchantIds } = getAccessScope(req)
  if (merchantIds === null) {
    return document
  }
  return {
    ...document,
    per_merchant_overrides: document.per_merchant_overrides.filter((override) =>
      merchantIds.includes(override.merchant_id)
    ),
  }
}
