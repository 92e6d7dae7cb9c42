import type { StripePaymentEventData } from "../../../types/payments"
import type { StoredPayment } from "./to-payment-document"

/** The payload of `stripe.payment_succeeded` / `stripe.payment_failed` for a stored payment. */
export function toPaymentEventData(payment: StoredPayment): StripePaymentEventData {
  return {
    id: payment.id,
    payment_intent_id: payment.payment_intent_id,
    account_id: payment.stripe_account_id,
    merchant_id: payment.merchant_id,
    order_id: payment.order_id,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    failure_code: payment.failure_code,
  }
}
