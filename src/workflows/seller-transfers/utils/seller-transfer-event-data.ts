import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import type { SellerTransferEventReason, StripeSellerTransferEventData } from "../../../types/seller-transfers"

export function toSellerTransferEventData(
  row: SellerTransferRow,
  reason: SellerTransferEventReason
): StripeSellerTransferEventData {
  return {
    reason,
    id: row.id,
    order_id: row.order_id,
    payment_intent_id: row.payment_intent_id,
    account_id: row.stripe_account_id,
    merchant_id: row.merchant_id,
    transfer_id: row.transfer_id,
    currency: row.currency,
    transfer_amount: row.transfer_amount,
    amount_reversed: row.amount_reversed,
    reversal_owed: row.reversal_due_amount - row.amount_reversed,
    status: row.status,
    dispute_id: row.dispute_id,
    restore_transfer_id: row.restore_transfer_id,
  }
}
