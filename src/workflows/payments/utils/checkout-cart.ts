import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { toMinorUnits } from "../../../modules/stripe-connect/money"

/** The cart a storefront payment session pays for, and the payment collection's amount. */
export type CheckoutCart = {
  cart_id: string
  sales_channel_id: string | null
  /** The payment collection's amount in minor units. */
  amount: number
  currency: string
}

type Row = Record<string, unknown>

/**
 * Reads the payment collection of a storefront payment session and the cart it belongs to. A collection of no cart
 * (unknown, or an order's own collection) is a 404: a storefront session is always for a cart.
 */
export async function readCheckoutCart(
  container: Pick<MedusaContainer, "resolve">,
  paymentCollectionId: string
): Promise<CheckoutCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: collections }, { data: cartLinks }] = await Promise.all([
    query.graph({
      entity: "payment_collection",
      fields: ["id", "amount", "currency_code"],
      filters: { id: paymentCollectionId },
    }),
    query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: paymentCollectionId },
    }),
  ])
  const collection = collections[0] as Row | undefined
  const cartId = (cartLinks[0] as Row | undefined)?.cart_id as string | undefined
  if (!collection || !cartId) {
    throw new StripeConnectError("not_found", `Payment collection ${paymentCollectionId} belongs to no cart`)
  }
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "sales_channel_id"],
    filters: { id: cartId },
  })
  const currency = String(collection.currency_code).toLowerCase()
  return {
    cart_id: cartId,
    sales_channel_id: ((carts[0] as Row | undefined)?.sales_channel_id as string | undefined) ?? null,
    amount: toMinorUnits(collection.amount as string | number, currency),
    currency,
  }
}
