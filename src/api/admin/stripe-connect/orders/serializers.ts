import type { SellerTransferRow } from "../../../../modules/stripe-connect/types"
import type { OrderSellerDocument, SellerTransferDocument } from "../../../../shared/types/seller-transfers"
import type { OrderLineWithSeller } from "../../../../workflows/sellers/utils/read-order-line-sellers"
import { quantityOf, sellerLineAmounts } from "../../../../workflows/sellers/utils/seller-line-amounts"

/** `livemode` is the platform's (its API key's), for links to Stripe's dashboard. */
export function toSellerTransferDocument(row: SellerTransferRow, livemode: boolean): SellerTransferDocument {
  return {
    id: row.id,
    livemode,
    order_id: row.order_id,
    payment_intent_id: row.payment_intent_id,
    charge_id: row.charge_id,
    transfer_group: row.transfer_group,
    account_id: row.stripe_account_id,
    merchant_id: row.merchant_id,
    currency: row.currency,
    items_amount: row.items_amount,
    shipping_amount: row.shipping_amount,
    tax_amount: row.tax_amount,
    discount_amount: row.discount_amount,
    charged_amount: row.charged_amount,
    fee_amount: row.fee_amount,
    tax_kept_amount: row.tax_kept_amount,
    stripe_fee_amount: row.stripe_fee_amount,
    transfer_amount: row.transfer_amount,
    refunded_amount: row.refunded_amount,
    amount_reversed: row.amount_reversed,
    reversal_owed: row.reversal_due_amount - row.amount_reversed,
    status: row.status,
    transfer_id: row.transfer_id,
    transfer_attempts: row.transfer_attempts,
    reversal_attempts: row.reversal_attempts,
    dispute_id: row.dispute_id,
    dispute_reversal_amount: row.dispute_reversal_amount,
    dispute_restored_amount: row.dispute_restored_amount,
    restore_transfer_id: row.restore_transfer_id,
    failure_message: row.failure_message,
  }
}

/**
 * A seller of an order with its lines (docs/api.md#list-order-sellers): the lines the plugin pays this seller for,
 * each with its share of the seller's recorded items amount and tax (`sellerLineAmounts`).
 */
export function toOrderSellerDocument(
  row: SellerTransferRow,
  livemode: boolean,
  lines: readonly OrderLineWithSeller[]
): OrderSellerDocument {
  const own = lines.filter((line) => line.seller?.account_id === row.stripe_account_id)
  const amounts = sellerLineAmounts(row, own, row.currency)
  return {
    ...toSellerTransferDocument(row, livemode),
    items: own.map((line, index) => ({
      id: line.id,
      title: line.title,
      product_title: line.product_title,
      variant_title: line.variant_title,
      product_id: line.product_id,
      variant_id: line.variant_id,
      quantity: quantityOf(line.quantity),
      amount: amounts[index].amount,
      tax_amount: amounts[index].tax_amount,
    })),
  }
}
