import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateCharge, type ChargeAllocation } from "../../../modules/stripe-connect/sellers/allocation"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { resolveFeeConfiguration } from "../../fees/utils/fee-configuration-scope"
import { monthlyVolumeOf } from "../../fees/utils/decide-application-fee"

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
 * merchant's monthly volume, as for a single-seller payment.
 */
export async function allocateCaptured(
  service: StripeConnectModuleService,
  input: AllocateCapturedInput
): Promise<ChargeAllocation> {
  const configuration = await resolveFeeConfiguration(service, input.currency)
  const now = new Date()
  const sellers = await Promise.all(
    input.rows.map(async (row) => ({
      account_id: row.stripe_account_id,
      merchant_id: row.merchant_id,
      items_amount: row.items_amount,
      tax_amount: row.items_tax_amount,
      fee: {
        configuration,
        monthly_volume: await monthlyVolumeOf(service, row.merchant_id, input.currency, now),
      },
    }))
  )
  const sum = (pick: (row: SellerTransferRow) => number) => input.rows.reduce((acc, row) => acc + pick(row), 0)
  return allocateCharge({
    currency: input.currency,
    captured_amount: input.captured_amount,
    shipping_amount: sum((row) => row.shipping_amount),
    shipping_tax_amount: sum((row) => row.shipping_tax_amount),
    discount_amount: sum((row) => row.discount_amount),
    tax_collected_by: input.tax_collected_by,
    stripe_fee_amount: input.stripe_fee_amount,
    sellers,
  })
}
