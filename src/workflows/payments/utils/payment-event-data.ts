import type { StripePaymentEventData } from "../../../types/payments"
import type { PaymentRow } from "../../../modules/stripe-connect/types"

/** The payload of `stripe.payment_succeeded` / `stripe.payment_failed` for a stored payment. */
export function toPaymentEventData(payment: PaymentRow): StripePaymentEventData {
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
