import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { toMinorUnits } from "../money"
import { currencyDecimals } from "../../../shared/currency-units"

/** The parts of a Medusa order (major units, as Medusa holds them) that become invoice lines. */
export type InvoiceOrderInput = {
  currency_code: string
  items: { id: string; title: string; variant_title?: string | null; quantity: BigNumberInput; unit_price: BigNumberInput }[]
  shipping_methods: { id: string; name: string; subtotal?: BigNumberInput | null; amount: BigNumberInput }[]
  /** Promotions, before tax. */
  discount_subtotal?: BigNumberInput | null
  tax_total?: BigNumberInput | null
  total: BigNumberInput
}

/**
 * One Stripe invoice item, in integer minor units. `unit_amount` with `quantity` where the line's unit price is
 * an exact number of minor units (Stripe then shows quantity x unit price); otherwise a single `amount`.
 */
export type InvoiceLine = {
  kind: "item" | "shipping" | "discount" | "tax" | "rounding"
  /** The order line or shipping method it comes from, when it comes from one. */
  source_id: string | null
  description: string
  quantity: number
  unit_amount: number | null
  amount: number
}

export type InvoiceLinesResult = { currency: string; lines: InvoiceLine[]; total: number }

/**
 * Builds the invoice items for an order so that the Stripe invoice total equals the Medusa order total exactly:
 * one line per order line (quantity, unit price, description), one per shipping method, one negative line for
 * promotions and one for taxes, each rounded half up to the currency's minor unit (zero- and three-decimal
 * currencies included, via `toMinorUnits`). Whatever rounding leaves between the sum of the rounded lines and the
 * rounded order total goes into a last "Rounding adjustment" line, so the totals always match to the minor unit.
 * Throws an invalid-data MedusaError naming the field when an amount is not usable (negative total, fractional quantity).
 */
export function buildInvoiceLines(order: InvoiceOrderInput): InvoiceLinesResult {
  const currency = order.currency_code.toLowerCase()
  const minor = (value: BigNumberInput | null | undefined) => toMinorUnits(value ?? 0, currency)
  const lines: InvoiceLine[] = []

  for (const item of order.items) {
    const quantity = MathBN.convert(item.quantity)
    if (!quantity.isInteger() || quantity.lte(0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: quantity ${quantity.toString()} of line ${item.id} is not a positive whole number`)
    }
    const qty = quantity.toNumber()
    const description = item.variant_title && item.variant_title !== item.title ? `${item.title} (${item.variant_title})` : item.title
    const unitMinor = MathBN.convert(item.unit_price).shiftedBy(currencyDecimals(currency))
    const exactUnit = unitMinor.isInteger() && minor(item.unit_price) === unitMinor.toNumber()
    if (exactUnit) {
      const unit = unitMinor.toNumber()
      lines.push({ kind: "item", source_id: item.id, description, quantity: qty, unit_amount: unit, amount: unit * qty })
    } else {
      const amount = minor(MathBN.mult(item.unit_price, quantity))
      lines.push({ kind: "item", source_id: item.id, description: `${description} x ${qty}`, quantity: 1, unit_amount: null, amount })
    }
  }

  for (const method of order.shipping_methods) {
    const amount = minor(method.subtotal ?? method.amount)
    if (amount !== 0) {
      lines.push({ kind: "shipping", source_id: method.id, description: `Shipping: ${method.name}`, quantity: 1, unit_amount: null, amount })
    }
  }

  const discount = minor(order.discount_subtotal)
  if (discount !== 0) {
    lines.push({ kind: "discount", source_id: null, description: "Discount", quantity: 1, unit_amount: null, amount: -discount })
  }
  const tax = minor(order.tax_total)
  if (tax !== 0) {
    lines.push({ kind: "tax", source_id: null, description: "Tax", quantity: 1, unit_amount: null, amount: tax })
  }

  const total = minor(order.total)
  if (total < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `total: the order total ${MathBN.convert(order.total).toString()} is negative`)
  }
  const difference = total - sumOf(lines)
  if (difference !== 0) {
    lines.push({ kind: "rounding", source_id: null, description: "Rounding adjustment", quantity: 1, unit_amount: null, amount: difference })
  }
  return { currency, lines, total }
}

function sumOf(lines: InvoiceLine[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0)
}

