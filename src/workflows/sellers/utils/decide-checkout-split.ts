import type { CartSeller } from "./cart-sellers"

/** A connected account paid by a checkout. */
export type CheckoutPayee = { connected_account_id: string; stripe_account_id: string; merchant_id: string }

export type CheckoutSplit =
  /** No product has a seller of its own: the cart's sales channel decides, as for every cart before sellers. */
  | { mode: "channel" }
  /** One payee for every line: a destination charge to it. */
  | { mode: "destination"; payee: CheckoutPayee & { product_ids: string[] } }
  /** Several payees: one charge on the platform, then a transfer to each. */
  | { mode: "separate_charges"; payees: (CheckoutPayee & { product_ids: string[] })[] }
  /** Products without a seller in a cart that has sellers, while the sales channel has no account either. */
  | { mode: "no_payee"; product_ids: string[] }

/**
 * Who a cart pays, from the sellers fixed for its products: nobody of their own (the sales channel decides), one
 * account (a destination charge) or several (separate charges and transfers). A product without a seller in a cart
 * that has sellers is the sales channel's account's. Payees are ordered by their first product in the cart.
 */
export function decideCheckoutSplit(lines: CartSeller[], channel: CheckoutPayee | null): CheckoutSplit {
  const sold = lines.filter((line) => line.connected_account_id)
  if (!sold.length) {
    return { mode: "channel" }
  }
  const unsold = lines.filter((line) => !line.connected_account_id).map((line) => line.product_id)
  if (unsold.length && !channel) {
    return { mode: "no_payee", product_ids: unsold }
  }
  const payees = new Map<string, CheckoutPayee & { product_ids: string[] }>()
  for (const line of lines) {
    const payee: CheckoutPayee = line.connected_account_id
      ? {
          connected_account_id: line.connected_account_id,
          stripe_account_id: line.stripe_account_id as string,
          merchant_id: line.merchant_id as string,
        }
      : (channel as CheckoutPayee)
    const entry = payees.get(payee.connected_account_id) ?? { ...payee, product_ids: [] }
    entry.product_ids.push(line.product_id)
    payees.set(payee.connected_account_id, entry)
  }
  const all = [...payees.values()]
  if (all.length === 1) {
    return { mode: "destination", payee: all[0] }
  }
  return { mode: "separate_charges", payees: all }
}
