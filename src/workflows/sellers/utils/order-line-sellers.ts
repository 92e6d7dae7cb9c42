import { PREPARED_SESSION_KEY, type PreparedSeller } from "../../../providers/stripe-connect/types"
import type { CartSeller } from "./cart-sellers"

/** The account paid for an order line and its merchant. */
export type LineSeller = { account_id: string; merchant_id: string | null }

/** A payment of an order as `query.graph` reads it (`payment_collections.payments`). */
export type OrderPaymentData = { provider_id?: string | null; data?: Record<string, unknown> | null }

/**
 * Who is paid for each product of an order paid through the plugin's provider:
 * - `separate_charges` (several sellers, docs/api.md#seller-transfers): the seller fixed in the cart
 *   (`cart_item_seller`), else the payee the payment session named for the product;
 * - `destination` (one account): that account, for every line.
 */
export type OrderProductSellers =
  | { mode: "separate_charges"; payment: OrderPaymentData; sellerOf: Map<string, LineSeller> }
  | { mode: "destination"; payment: OrderPaymentData; account: LineSeller }

const PROVIDER_PREFIX = "pp_stripe-connect_"

/** The prepared session data as stored (either mode), read defensively. */
type PreparedData = {
  mode?: string
  account_id?: unknown
  merchant_id?: unknown
  cart_id?: unknown
  sellers?: PreparedSeller[]
}

/** The first payment of the order made through the plugin's provider with data the server prepared, and that data. */
function pluginPayment(
  payments: readonly OrderPaymentData[]
): { payment: OrderPaymentData; prepared: PreparedData } | null {
  for (const payment of payments) {
    const prepared = payment.data?.[PREPARED_SESSION_KEY] as PreparedData | undefined
    if (payment.provider_id?.startsWith(PROVIDER_PREFIX) && prepared && typeof prepared === "object") {
      return { payment, prepared }
    }
  }
  return null
}

/** The cart the order's plugin payment was prepared for (its sellers are fixed there), if any. */
export function preparedCartId(payments: readonly OrderPaymentData[]): string | null {
  const cartId = pluginPayment(payments)?.prepared.cart_id
  return typeof cartId === "string" ? cartId : null
}

/**
 * The sellers of an order's products from its plugin payment (the session data the server prepared) and its cart's
 * fixed sellers. null when no payment of the order was made through the plugin's provider with prepared data: the
 * plugin has no seller for its lines.
 */
export function orderProductSellers(
  payments: readonly OrderPaymentData[],
  cartSellers: readonly CartSeller[]
): OrderProductSellers | null {
  const found = pluginPayment(payments)
  if (!found) {
    return null
  }
  const { payment, prepared } = found
  if (prepared.mode === "separate_charges" && Array.isArray(prepared.sellers)) {
    const sellerOf = new Map<string, LineSeller>()
    for (const seller of prepared.sellers) {
      seller.product_ids.forEach((productId) =>
        sellerOf.set(productId, { account_id: seller.account_id, merchant_id: seller.merchant_id })
      )
    }
    for (const line of cartSellers) {
      if (line.stripe_account_id) {
        sellerOf.set(line.product_id, { account_id: line.stripe_account_id, merchant_id: line.merchant_id })
      }
    }
    return { mode: "separate_charges", payment, sellerOf }
  }
  if (prepared.mode !== "separate_charges" && typeof prepared.account_id === "string") {
    return {
      mode: "destination",
      payment,
      account: {
        account_id: prepared.account_id,
        merchant_id: typeof prepared.merchant_id === "string" ? prepared.merchant_id : null,
      },
    }
  }
  return null
}

/** The seller of one line of the order (null: the line's product has none). */
export function sellerOfLine(sellers: OrderProductSellers, productId: string | null | undefined): LineSeller | null {
  if (sellers.mode === "destination") {
    return sellers.account
  }
  return (productId && sellers.sellerOf.get(productId)) || null
}
