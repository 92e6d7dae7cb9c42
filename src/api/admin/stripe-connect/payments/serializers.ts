import type { PaymentDocument, PaymentRefundDocument } from "../../../../shared/types/payments"
import type { PaymentRow, RefundRow } from "../../../../modules/stripe-connect/types"

/**
 * A stored payment as the API shows it. `application_fee` is the fee asked for; `application_fee_collected` what
 * Stripe took (smaller after a partial capture); `fee_kept` what the platform keeps after fee refunds;
 * `destination_amount` what the connected account receives before refunds (captured minus the collected fee, or,
 * before capture, amount minus the requested fee; 0 for a charge of several sellers, paid by transfers). The refunds are shown when they were read with the payment.
 */
export function toPaymentDocument(payment: Omit<PaymentRow, "refunds"> & { refunds?: RefundRow[] }): PaymentDocument {
  const captured = payment.amount_captured > 0
  return {
    id: payment.id,
    payment_intent_id: payment.payment_intent_id,
    account_id: payment.stripe_account_id,
    merchant_id: payment.merchant_id,
    split: payment.split === "separate_charges" ? "separate_charges" : null,
    order_id: payment.order_id,
    source: payment.source,
    status: payment.status,
    currency: payment.currency,
    amount: payment.amount,
    amount_capturable: payment.amount_capturable,
    amount_captured: payment.amount_captured,
    amount_refunded: payment.amount_refunded,
    application_fee: payment.application_fee_amount,
    application_fee_collected: payment.application_fee_collected,
    application_fee_refunded: payment.application_fee_refunded,
    fee_kept: payment.application_fee_collected - payment.application_fee_refunded,
    destination_amount: payment.split
      ? 0
      : captured
        ? payment.amount_captured - payment.application_fee_collected
        : payment.amount - payment.application_fee_amount,
    customer_email: payment.customer_email,
    transfer_group: payment.transfer_group,
    failure_code: payment.failure_code,
    failure_message: payment.failure_message,
    captured_at: payment.captured_at ? new Date(payment.captured_at).toISOString() : null,
    dispute_status: payment.dispute_status ?? null,
    metadata: payment.metadata,
    ...(payment.refunds ? { refunds: payment.refunds.map(toRefundDocument) } : {}),
    created_at: new Date(payment.created_at).toISOString(),
    updated_at: new Date(payment.updated_at).toISOString(),
  }
}

export function toRefundDocument(refund: RefundRow): PaymentRefundDocument {
  return {
    refund_id: refund.refund_id,
    amount: refund.amount,
    status: refund.status,
    reason: refund.reason,
    application_fee_refunded: refund.application_fee_refunded,
    created_at: new Date(refund.created_at).toISOString(),
  }
}
