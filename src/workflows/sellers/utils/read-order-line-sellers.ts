import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readCartSellers } from "./cart-sellers"
import {
  orderProductSellers,
  preparedCartId,
  sellerOfLine,
  type LineSeller,
  type OrderPaymentData,
  type OrderProductSellers,
} from "./order-line-sellers"

/** An order line with the seller the plugin pays for it. */
export type OrderLineWithSeller = {
  id: string
  title: string | null
  product_title: string | null
  variant_title: string | null
  product_id: string | null
  variant_id: string | null
  quantity: BigNumberInput
  total: BigNumberInput
  tax_total: BigNumberInput
  /** null: the plugin has no seller for the line (the order was not paid through it, or the product had none). */
  seller: LineSeller | null
}

export type OrderLineSellers = {
  order_id: string
  currency_code: string
  /** How the order was paid through the plugin; null when it was not. */
  mode: OrderProductSellers["mode"] | null
  lines: OrderLineWithSeller[]
}

type OrderRead = {
  id: string
  currency_code: string
  items?:
    | (
        | (Omit<OrderLineWithSeller, "seller" | "quantity"> & {
            quantity?: BigNumberInput | null
            detail?: { quantity?: BigNumberInput | null } | null
          })
        | null
      )[]
    | null
  payment_collections?: { payments?: OrderPaymentData[] | null }[] | null
}

/**
 * The lines of a Medusa order with their sellers (docs/api.md#list-order-sellers): the seller fixed in the order's
 * cart (`cart_item_seller`), else the payee its payment session named, or the one account of a one-seller order.
 * null when there is no such order. Reads only.
 */
export async function readOrderLineSellers(
  container: MedusaContainer,
  orderId: string
): Promise<OrderLineSellers | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      // An order-level total makes the order module compute totals, the lines' included.
      "total",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.product_id",
      "items.variant_id",
      // The ordered quantity is the order item's (`detail`): the order module maps `items.quantity` to the line's.
      "items.detail.quantity",
      "items.total",
      "items.tax_total",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRead | undefined
  if (!order) {
    return null
  }
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const cartId = preparedCartId(payments)
  const sellers = orderProductSellers(payments, cartId ? await readCartSellers(container, cartId) : [])
  const lines = (order.items ?? []).flatMap((item) => (item ? [item] : []))
  return {
    order_id: order.id,
    currency_code: order.currency_code,
    mode: sellers?.mode ?? null,
    lines: lines.map((item) => ({
      id: item.id,
      title: item.title ?? null,
      product_title: item.product_title ?? null,
      variant_title: item.variant_title ?? null,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      quantity: item.quantity ?? item.detail?.quantity ?? 0,
      total: item.total,
      tax_total: item.tax_total,
      seller: sellers ? sellerOfLine(sellers, item.product_id) : null,
    })),
  }
}
