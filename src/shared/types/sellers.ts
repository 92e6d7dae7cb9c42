/** The seller of a product: the connected account paid for it (docs/api.md#product-sellers). */
export type ProductSellerDocument = {
  account_id: string
  merchant_id: string
  status: string
  charges_enabled: boolean
  /** Whether Stripe's `transfers` capability is active: a multi-seller cart can pay this seller only then. */
  transfers_active: boolean
}

/** `GET|POST /admin/stripe-connect/products/:product_id/seller`. */
export type ProductSellerResponse = { product_id: string; seller: ProductSellerDocument | null }

/** One product an account sells, in `GET /admin/stripe-connect/accounts/:account_id/products`. */
export type SellerProductDocument = {
  product_id: string
  title: string | null
  handle: string | null
  status: string | null
  thumbnail: string | null
}

/** `POST /admin/stripe-connect/accounts/:account_id/products`. */
export type AssignSellerProductsResponse = {
  account_id: string
  /** Products this request made the account sell (those it already sold are left out). */
  assigned_product_ids: string[]
  /** Products this request took away from the account. */
  removed_product_ids: string[]
  /** How many products the account sells afterwards. */
  product_count: number
}
