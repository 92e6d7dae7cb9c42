import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMinorUnits } from "../../../modules/stripe-connect/money"
import { apportion } from "../../../modules/stripe-connect/sellers/allocation"
import { minorUnitStep } from "../../../shared/currency-units"

/** A seller's line as Medusa totals it: after the line's discounts, tax included (major units). */
export type SellerLineTotals = { total: BigNumberInput; tax_total: BigNumberInput }

/** A line's share of its seller's split, in minor units: tax excluded, and its tax. */
export type SellerLineAmount = { amount: number; tax_amount: number }

/**
 * What each of a seller's lines accounts for in the seller's split (docs/api.md#list-order-sellers): the seller's
 * `items_amount` and `items_tax_amount` as the split recorded them, divided over its lines in proportion to the
 * lines' own amounts (total − tax, and tax, in minor units) by largest remainder, in the currency's step. So the
 * lines add up to the seller's recorded amounts exactly, and each is within one step of the line's own rounded
 * amount (the split rounds the seller's sum once, not each line).
 */
export function sellerLineAmounts(
  seller: { items_amount: number; items_tax_amount: number },
  lines: readonly SellerLineTotals[],
  currency: string
): SellerLineAmount[] {
  if (!lines.length) {
    return []
  }
  const step = minorUnitStep(currency)
  const own = lines.map((line) => {
    const total = Math.max(0, toMinorUnits(line.total, currency))
    const tax = Math.min(Math.max(0, toMinorUnits(line.tax_total, currency)), total)
    return { amount: total - tax, tax }
  })
  const amounts = apportion(
    Math.max(0, seller.items_amount),
    own.map((line) => line.amount),
    step
  )
  const taxes = apportion(
    Math.max(0, seller.items_tax_amount),
    own.map((line) => line.tax),
    step
  )
  return lines.map((_, index) => ({ amount: amounts[index], tax_amount: taxes[index] }))
}

/** A Medusa quantity (a number or a BigNumber's raw form) as a plain number. */
export function quantityOf(value: BigNumberInput | null | undefined): number {
  return value === null || value === undefined ? 0 : MathBN.convert(value).toNumber()
}
