/** Who created a plugin payment: the admin API (docs/api.md#create-payment) or storefront checkout. */
export const PAYMENT_SOURCES = ["admin", "storefront"] as const
export type PaymentSource = (typeof PAYMENT_SOURCES)[number]

/** Response of `POST /payments` (docs/api.md#create-payment). */
export type CreatePaymentResponse = {
  payment_intent_id: string
  client_secret: string | null
  status: string
  amount: number
  application_fee: number
  destination_amount: number
}

/** Response of `POST /payments/:payment_intent_id/refund` (docs/api.md#refund-payment). */
export type RefundPaymentResponse = {
  refund_id: string
  amount: number
  status: string
  application_fee_refunded: number
}

/** One refund inside a payment document. */
export type PaymentRefundDocument = {
  refund_id: string
  amount: number
  status: string
  reason: string | null
  application_fee_refunded: number
  created_at: string
}

/** `GET /payments/:id`, list rows and the capture response: what was charged, captured, refunded and what the platform kept. */
export type PaymentDocument = {
  id: string
  payment_intent_id: string
  /** null for a charge of several sellers (`split`), whose sellers are paid by transfers. */
  account_id: string | null
  merchant_id: string | null
  /** "separate_charges": one platform charge for several sellers (docs/api.md#seller-transfers); else null. */
  split: "separate_charges" | null
  order_id: string | null
  source: PaymentSource
  status: string
  currency: string
  amount: number
  amount_capturable: number
  amount_captured: number
  amount_refunded: number
  application_fee: number
  application_fee_collected: number
  application_fee_refunded: number
  fee_kept: number
  destination_amount: number
  customer_email: string | null
  transfer_group: string | null
  failure_code: string | null
  failure_message: string | null
  captured_at: string | null
  /** Set while or after the payment is disputed: needs_response, under_review, won or lost. */
  dispute_status: string | null
  metadata: Record<string, unknown> | null
  refunds?: PaymentRefundDocument[]
  created_at: string
  updated_at: string
}
