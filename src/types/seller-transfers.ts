/** Events this plugin emits on Medusa's event bus for multi-seller orders (docs/api.md#seller-transfer-events). */
export const StripeConnectSellerTransferEvents = {
  SELLER_TRANSFER_CREATED: "stripe.seller_transfer.created",
  SELLER_TRANSFER_REVERSED: "stripe.seller_transfer.reversed",
  SELLER_TRANSFER_REVERSAL_FAILED: "stripe.seller_transfer.reversal_failed",
} as const

/**
 * Why a seller's transfer was made or reversed: the charge was captured, refunded, a retry of a refused write, the
 * charge was disputed, or a won dispute gave the seller back what it had reversed.
 */
export type SellerTransferEventReason = "capture" | "refund" | "retry" | "dispute" | "dispute_won"

/** Payload of the `stripe.seller_transfer.*` events. Integer minor units. */
export type StripeSellerTransferEventData = {
  reason: SellerTransferEventReason
  /** The seller split record (`scst_...`). */
  id: string
  order_id: string | null
  payment_intent_id: string
  account_id: string
  merchant_id: string
  transfer_id: string | null
  currency: string
  transfer_amount: number
  amount_reversed: number
  /** Reversed but not yet recovered from the seller (its debt), after this event. */
  reversal_owed: number
  status: string
  dispute_id: string | null
  /** For `dispute_won`: the transfer that gave the reversed share back. */
  restore_transfer_id: string | null
}
