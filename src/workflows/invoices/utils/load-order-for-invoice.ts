import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

/** What the invoice and pay-link workflows read of a Medusa order. Amounts in major units, as Medusa holds them. */
export type OrderForInvoice = {
  id: string
  display_id: number | null
  email: string | null
  currency_code: string
  customer_id: string | null
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  items: {
    id: string
    title: string
    variant_title: string | null
    quantity: BigNumberInput
    unit_price: BigNumberInput
  }[]
  shipping_methods: { id: string; name: string; amount: BigNumberInput; subtotal: BigNumberInput | null }[]
  discount_subtotal: BigNumberInput | null
  tax_total: BigNumberInput | null
  total: BigNumberInput
  summary: { paid_total?: BigNumberInput | null } | null
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.subtotal",
  "discount_subtotal",
  "tax_total",
  "total",
  "summary.*",
]

/** The order named by `order_id`, or 404 `not_found` naming it. */
export async function loadOrderForInvoice(container: MedusaContainer, orderId: string): Promise<OrderForInvoice> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as OrderForInvoice | undefined
  if (!order) {
    throw new StripeConnectError("not_found", `order_id: order ${orderId} was not found`, { param: "order_id" })
  }
  return order
}
