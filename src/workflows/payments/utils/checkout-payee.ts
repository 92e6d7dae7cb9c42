/** The storefront part of the plugin options (docs/api.md#storefront-payment-session). */
export type CheckoutSellerOptions = {
  allowStorefrontSeller: boolean
  /** Sales channel id -> merchant ids a storefront may name on that channel. */
  storefrontSellers: Record<string, string[]>
}

/** A seller the storefront named in the session data (`data.account_id`, `data.merchant_id`). */
export type RequestedSeller = { account_id?: string | null; merchant_id?: string | null }

/** The field a storefront used to name a seller, for error messages; null when it named none. */
export function requestedSellerField(requested: RequestedSeller): "data.account_id" | "data.merchant_id" | null {
  if (requested.account_id) {
    return "data.account_id"
  }
  return requested.merchant_id ? "data.merchant_id" : null
}

/**
 * Whether a storefront may name this merchant as the seller on a sales channel without a linked account: only when
 * the option is on and the channel lists the merchant. Unknown merchants and merchants not listed are both false,
 * so the caller answers them alike.
 */
export function isAllowedStorefrontSeller(
  options: CheckoutSellerOptions,
  salesChannelId: string | null | undefined,
  merchantId: string | null | undefined
): boolean {
  if (!options.allowStorefrontSeller || !salesChannelId || !merchantId) {
    return false
  }
  return (options.storefrontSellers[salesChannelId] ?? []).includes(merchantId)
}

/**
 * Whether a storefront-named seller disagrees with the account the cart's sales channel is linked to: every other
 * account id or merchant id does, whatever it names (so the answer says nothing about other accounts).
 */
export function contradictsLinkedSeller(
  linked: { stripe_account_id: string; merchant_id: string },
  requested: RequestedSeller
): "data.account_id" | "data.merchant_id" | null {
  if (requested.account_id && requested.account_id !== linked.stripe_account_id) {
    return "data.account_id"
  }
  if (requested.merchant_id && requested.merchant_id !== linked.merchant_id) {
    return "data.merchant_id"
  }
  return null
}
