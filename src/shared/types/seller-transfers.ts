/** One seller's part of a multi-seller order (docs/api.md#list-order-sellers). Integer minor units. */
export type SellerTransferDocument = {
  id: string
  /** The platform's mode: where the admin's links to Stripe's dashboard go (test or live). */
  livemode: boolean
  order_id: string | null
  payment_intent_id: string
  charge_id: string | null
  transfer_group: string | null
  account_id: string
  merchant_id: string
  currency: string
  items_amount: number
  shipping_amount: number
  tax_amount: number
  discount_amount: number
  charged_amount: number
  fee_amount: number
  tax_kept_amount: number
  stripe_fee_amount: number
  transfer_amount: number
  refunded_amount: number
  amount_reversed: number
  /** Reversed by refunds but not yet recovered from the seller: its debt. */
  reversal_owed: number
  status:
    | "planned"
    | "pending"
    | "transfer_failed"
    | "transferred"
    | "partially_reversed"
    | "reversed"
    | "reversal_failed"
    | string
  transfer_id: string | null
  /** Transfers Stripe refused so far (each retry after a refusal is a new attempt). */
  transfer_attempts: number
  /** Reversals Stripe refused so far. */
  reversal_attempts: number
  /** The dispute of the charge, if any, what it reversed of this seller's transfer, and what a win gave back. */
  dispute_id: string | null
  dispute_reversal_amount: number
  dispute_restored_amount: number
  restore_transfer_id: string | null
  failure_message: string | null
}

/** One of a seller's lines in a multi-seller order (docs/api.md#list-order-sellers). Integer minor units. */
export type OrderSellerItemDocument = {
  /** The order's line item id. */
  id: string
  title: string | null
  product_title: string | null
  variant_title: string | null
  product_id: string | null
  variant_id: string | null
  quantity: number
  /** The line's share of the seller's `items_amount` (after its discounts, tax excluded), as the split recorded it. */
  amount: number
  /** The line's tax within the seller's part. */
  tax_amount: number
}

/** A seller of an order with its lines (docs/api.md#list-order-sellers). */
export type OrderSellerDocument = SellerTransferDocument & { items: OrderSellerItemDocument[] }
