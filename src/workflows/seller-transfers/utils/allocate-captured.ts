import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateCharge, type ChargeAllocation } from "../../../modules/stripe-connect/sellers/allocation"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import type { FeeBasis } from "../../../shared/types/fees"

export type AllocateCapturedInput = {
  rows: readonly SellerTransferRow[]
  currency: string
  captured_amount: number
  tax_collected_by: "seller" | "platform"
  stripe_fee_amount: number | null
}

/**
 * Splits a captured multi-seller charge over its planned seller rows with `allocateCharge`. The order-level
 * shipping, shipping tax and discount are the sums of the rows' shares: apportioned again over the same items they
 * give back the same shares. Each seller's fee comes from the fee configuration in force for the currency and its
 * merchant's monthly volume (read together in one statement), as for a single-seller payment; `fee_bases` (by
 * account id) says what each was decided from, which the seller's row keeps for reconciliation (docs/api.md#fee-basis).
 */
export async function allocateCaptured(
  service: StripeConnectModuleService,
  input: AllocateCapturedInput
): Promise<ChargeAllocation & { fee_bases: Record<string, FeeBasis> }> {
  const basis = await service.retrieveFeeBasis({
    currency: input.currency,
    merchant_ids: input.rows.map((row) => row.merchant_id),
    volume_at: new Date(),
  })
  const sellers = input.rows.map((row) => ({
    account_id: row.stripe_account_id,
    merchant_id: row.merchant_id,
    items_amount: row.items_amount,
    tax_amount: row.items_tax_amount,
    fee: { configuration: basis.document, monthly_volume: basis.monthly_volumes[row.merchant_id] ?? 0 },
  }))
  const sum = (pick: (row: SellerTransferRow) => number) => input.rows.reduce((acc, row) => acc + pick(row), 0)
  const allocation = allocateCharge({
    currency: input.currency,
    captured_amount: input.captured_amount,
    shipping_amount: sum((row) => row.shipping_amount),
    shipping_tax_amount: sum((row) => row.shipping_tax_amount),
    discount_amount: sum((row) => row.discount_amount),
    tax_collected_by: input.tax_collected_by,
    stripe_fee_amount: input.stripe_fee_amount,
    sellers,
  })
  const feeBases = Object.fromEntries(
    allocation.sellers.map((part): [string, FeeBasis] => [
      part.account_id,
      {
        source: part.fee_source,
        scope: basis.scope,
        configuration_change_id: basis.configuration_change_id,
        monthly_volume: sellers.find((seller) => seller.account_id === part.account_id)?.fee.monthly_volume ?? 0,
      },
    ])
  )
  return { ...allocation, fee_bases: feeBases }
}
