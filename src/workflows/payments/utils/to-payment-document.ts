import type { PaymentDocument, PaymentRefundDocument, PaymentSource } from "../../../shared/types/payments"

export type StoredPayment = {
  id: string
  payment_intent_id: string
  stripe_account_id: string
  merchant_id: string
  source: PaymentSource
  order_id: string | null
  payment_session_id: string | null
  currency: string
  amount: number
  application_fee_amount: number
  amount_capturable: number
  amount_captured: number
  amount_refunded: number
  application_fee_id: string | null
  application_fee_collected: number
  application_fee_refunded: number
  status: string
  latest_charge_id: string | null
  transfer_group: string | null
  customer_email: string | null
  failure_code: string | null
  failure_message: string | null
  captured_at: Date | string | null
  dispute_status?: string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
  updated_at: Date | string
  refunds?: StoredRefund[]
}

export type StoredRefund = {
  id: string
  refund_id: string
  amount: number
  currency: string
  reason: string | null
  status: string
  application_fee_refunded: number
  created_at: Date | string
}

/**
 * A stored payment as the API shows it. `application_fee` is the fee asked for; `application_fee_collected` what
 * Stripe took (smaller after a partial capture); `fee_kept` what the platform keeps after fee refunds;
 * `destination_amount` what the connected account receives before refunds (captured minus the collected fee, or,
 * before capture, amount minus the requested fee).
 */
export function toPaymentDocument(payment: StoredPayment): PaymentDocument {
  const captured = payment.amount_captured > 0
  return {
    id: payment.id,
    payment_intent_id: payment.payment_intent_id,
    account_id: payment.stripe_account_id,
    merchant_id: payment.merchant_id,
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
    destination_amount: captured
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

export function toRefundDocument(refund: StoredRefund): PaymentRefundDocument {
  return {
    refund_id: refund.refund_id,
    amount: refund.amount,
    status: refund.status,
    reason: refund.reason,
    application_fee_refunded: refund.application_fee_refunded,
    created_at: new Date(refund.created_at).toISOString(),
  }
}
