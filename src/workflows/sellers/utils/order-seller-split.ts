import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMinorUnits } from "../../../modules/stripe-connect/money"
import { currencyDecimals, minorUnitStep } from "../../../shared/currency-units"

// bignumber.js rounding mode
const ROUND_FLOOR = 3

/** An order line as the split needs it: Medusa's totals in major units (after the line's discounts). */
export type OrderSplitLine = {
  product_id: string | null
  total: BigNumberInput
  tax_total: BigNumberInput
}

/** The order totals the split needs (major units, Medusa's names). */
export type OrderSplitTotals = {
  currency_code: string
  total: BigNumberInput
  shipping_total: BigNumberInput
  shipping_tax_total: BigNumberInput
  items: OrderSplitLine[]
}

export type OrderSellerSplit = {
  currency: string
  shipping_amount: number
  shipping_tax_amount: number
  discount_amount: number
  sellers: { account_id: string; items_amount: number; tax_amount: number }[]
}

/**
 * What each seller of a multi-seller order sold, in minor units, for `planSellerSplitWorkflow`
 * (docs/api.md#seller-split): per seller (a Stripe account id, found by the line's product) its lines' totals
 * after their discounts with the tax apart; the order's shipping (after shipping discounts) and shipping tax; and
 * as the order-level discount whatever the order's total takes off beyond its lines and shipping, so the parts add
 * up to the order's total. The sellers' sums and the shipping are rounded together (largest remainder over their
 * exact values, `roundPartsToSum`), so they add up to their rounded sum: rounding each on its own could leave the
 * parts a minor unit short of the amount charged. A line whose product has no seller is refused (answered in
 * `unassigned`) rather than given to anyone.
 */
export function orderSellerSplit(
  order: OrderSplitTotals,
  sellerOfProduct: ReadonlyMap<string, string>
): { split: OrderSellerSplit; unassigned: string[] } {
  const currency = order.currency_code.toLowerCase()
  const bySeller = new Map<string, { total: BigNumberInput; tax: BigNumberInput }>()
  const unassigned: string[] = []
  for (const line of order.items) {
    const account = line.product_id ? sellerOfProduct.get(line.product_id) : undefined
    if (!account) {
      unassigned.push(line.product_id ?? "(no product)")
      continue
    }
    const sums = bySeller.get(account) ?? { total: 0, tax: 0 }
    bySeller.set(account, { total: MathBN.add(sums.total, line.total), tax: MathBN.add(sums.tax, line.tax_total) })
  }
  const entries = [...bySeller.entries()]
  const rounded = roundPartsToSum([...entries.map(([, sums]) => sums.total), order.shipping_total], currency)
  const sellers = entries.map(([account_id, sums], index) => {
    const total = rounded[index]
    const tax = Math.min(toMinorUnits(sums.tax, currency), total)
    return { account_id, items_amount: total - tax, tax_amount: tax }
  })
  const shippingTotal = rounded[rounded.length - 1]
  const shippingTax = Math.min(toMinorUnits(order.shipping_tax_total, currency), shippingTotal)
  const linesAndShipping = rounded.reduce((acc, part) => acc + part, 0)
  return {
    split: {
      currency,
      shipping_amount: shippingTotal - shippingTax,
      shipping_tax_amount: shippingTax,
      discount_amount: Math.max(0, linesAndShipping - toMinorUnits(order.total, currency)),
      sellers,
    },
    unassigned,
  }
}

/**
 * Rounds amounts in major units to minor units (in the currency's step) so that they sum to the rounded sum of
 * the amounts, `toMinorUnits(sum)`: each part gets the floor of its exact value in steps, and the steps left over
 * go one each to the largest fractional remainders (ties to the lower index). Each part stays within one step of
 * its exact value.
 */
export function roundPartsToSum(parts: readonly BigNumberInput[], currency: string): number[] {
  const step = minorUnitStep(currency)
  const inSteps = parts.map((part) => MathBN.convert(part).shiftedBy(currencyDecimals(currency)).dividedBy(step))
  const floors = inSteps.map((value) => value.integerValue(ROUND_FLOOR))
  const target =
    toMinorUnits(
      parts.reduce<BigNumberInput>((acc, part) => MathBN.add(acc, part), 0),
      currency
    ) / step
  let left = target - floors.reduce((acc, value) => acc + value.toNumber(), 0)
  const order = inSteps
    .map((value, index) => ({ remainder: value.minus(floors[index]), index }))
    .sort((a, b) => (a.remainder.eq(b.remainder) ? a.index - b.index : a.remainder.gt(b.remainder) ? -1 : 1))
  const result = floors.map((value) => value.toNumber())
  for (const { index } of order) {
    if (left <= 0) {
      break
    }
    result[index] += 1
    left -= 1
  }
  return result.map((units) => units * step)
}
