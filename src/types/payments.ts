/** Events this plugin emits on Medusa's event bus for payments (docs/api.md#payment-events). */
export const StripeConnectPaymentEvents = {
  PAYMENT_SUCCEEDED: "stripe.payment_succeeded",
  PAYMENT_FAILED: "stripe.payment_failed",
} as const

/** Payload of `stripe.payment_succeeded` and `stripe.payment_failed`. */
export type StripePaymentEventData = {
  id: string
  payment_intent_id: string
  /** null for a charge of several sellers, whose sellers are paid by transfers. */
  account_id: string | null
  merchant_id: string | null
  order_id: string | null
  amount: number
  currency: string
  status: string
  failure_code?: string | null
}
