import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { readProductSellers } from "./read-product-sellers"

/** The seller fixed for a product in a cart. Null account fields: the product has no seller of its own. */
export type CartSeller = {
  product_id: string
  /** The stored connected account (`scacct_...`). */
  connected_account_id: string | null
  /** Stripe's id (`acct_...`). */
  stripe_account_id: string | null
  merchant_id: string | null
}

/**
 * The seller of each product in a cart, as fixed on the server when the product was added (or, for a line that had
 * none, when the payment session was prepared): one entry per product that has a record. This is the lookup for
 * anything that splits a cart's (or its order's) money between sellers; it writes nothing, and it never reads
 * line-item metadata. An order keeps its cart's id (`order.cart.id` through Medusa's cart-order link).
 */
export async function readCartSellers(container: MedusaContainer, cartId: string): Promise<CartSeller[]> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const rows = await service.listCartItemSellers({ cart_id: cartId })
  return rows.map((row) => ({
    product_id: row.product_id,
    connected_account_id: row.connected_account_id ?? null,
    stripe_account_id: row.stripe_account_id ?? null,
    merchant_id: row.merchant_id ?? null,
  }))
}

/** A cart line's seller not recorded yet, as `planCartItemSellers` would record it. */
export type PlannedCartItemSeller = CartSeller & { cart_id: string }

/**
 * The records `fixCartItemSellers` would insert, without writing them: one per product of the cart that has no
 * record yet, from the product's current seller. With `includeUnsold`, a product without a seller gets one too
 * (null account), so what a cart pays is decided once.
 */
export async function planCartItemSellers(
  container: MedusaContainer,
  cartId: string,
  productIds: string[],
  options: { includeUnsold: boolean }
): Promise<PlannedCartItemSeller[]> {
  const wanted = [...new Set(productIds)]
  if (!wanted.length) {
    return []
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const existing = await service.listCartItemSellers(
    { cart_id: cartId, product_id: wanted },
    { select: ["product_id"] }
  )
  const known = new Set(existing.map((row) => row.product_id))
  const missing = wanted.filter((productId) => !known.has(productId))
  if (!missing.length) {
    return []
  }
  const sellers = new Map((await readProductSellers(container, missing)).map((seller) => [seller.product_id, seller]))
  return missing.flatMap((productId) => {
    const seller = sellers.get(productId)
    if (!seller && !options.includeUnsold) {
      return []
    }
    return [
      {
        cart_id: cartId,
        product_id: productId,
        connected_account_id: seller?.connected_account_id ?? null,
        stripe_account_id: seller?.stripe_account_id ?? null,
        merchant_id: seller?.merchant_id ?? null,
      },
    ]
  })
}

/**
 * Fixes the seller of the products in the cart that have no record yet (see `planCartItemSellers`); the first record
 * of a (cart, product) wins. Answers the ids of the records this call inserted.
 */
export async function fixCartItemSellers(
  container: MedusaContainer,
  cartId: string,
  productIds: string[],
  options: { includeUnsold: boolean }
): Promise<string[]> {
  const rows = await planCartItemSellers(container, cartId, productIds, options)
  if (!rows.length) {
    return []
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  return await service.recordCartItemSellers(rows)
}

/** The products of the variants (a variant of a deleted product is left out). */
export async function productIdsOfVariants(container: MedusaContainer, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
  })
  return (data as { product_id?: string | null }[]).flatMap((variant) =>
    variant.product_id ? [variant.product_id] : []
  )
}

/** The products of a cart's line items. */
export async function productIdsOfCart(container: MedusaContainer, cartId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "items.product_id"], filters: { id: cartId } })
  const items = (data[0] as { items?: ({ product_id?: string | null } | null)[] } | undefined)?.items ?? []
  return items.flatMap((item) => (item?.product_id ? [item.product_id] : []))
}
