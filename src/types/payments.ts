/** Events this plugin emits on Medusa's event bus for payments (docs/api.md#payment-events). */
export const StripeConnectPaymentEvents = {
  PAYMENT_SUCCEEDED: "stripe.payment_succeeded",
  PAYMENT_FAILED: "stripe.payment_failed",
} as const

/** Payload of `stripe.payment_succeeded` and `stripe.payment_failed`. */
export type StripePaymentEventData = {
  id: string
  payment_intent_id: string
  account_id: string
  merchant_id: string
  order_id: string | null
  amount: number
  currency: string
  status: string
  failure_code?: string | null
}
