import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { toMinorUnits } from "../../../modules/stripe-connect/money"

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
 * up to the order's total. Sums are converted once per seller, so rounding does not add up over lines. A line
 * whose product has no seller is refused (answered in `unassigned`) rather than given to anyone.
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
  const sellers = [...bySeller.entries()].map(([account_id, sums]) => {
    const total = toMinorUnits(sums.total, currency)
    const tax = toMinorUnits(sums.tax, currency)
    return { account_id, items_amount: total - tax, tax_amount: tax }
  })
  const shippingTotal = toMinorUnits(order.shipping_total, currency)
  const shippingTax = toMinorUnits(order.shipping_tax_total, currency)
  const linesAndShipping =
    sellers.reduce((acc, seller) => acc + seller.items_amount + seller.tax_amount, 0) + shippingTotal
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
