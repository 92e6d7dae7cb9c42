/** Host events about invoices and pay links (Medusa event bus). Payloads: `StripeInvoiceHostEventData`. */
export const StripeConnectInvoiceEvents = {
  INVOICE_FINALIZED: "stripe.invoice_finalized",
  INVOICE_SENT: "stripe.invoice_sent",
  INVOICE_PAID: "stripe.invoice_paid",
  INVOICE_PAYMENT_FAILED: "stripe.invoice_payment_failed",
  INVOICE_VOIDED: "stripe.invoice_voided",
  INVOICE_MARKED_UNCOLLECTIBLE: "stripe.invoice_marked_uncollectible",
  INVOICE_REFUNDED: "stripe.invoice_refunded",
  PAY_LINK_COMPLETED: "stripe.pay_link_completed",
  PAY_LINK_EXPIRED: "stripe.pay_link_expired",
} as const

/** Which host event each handled Stripe invoice event emits. */
export const INVOICE_EVENT_NAMES: Record<string, string> = {
  "invoice.finalized": StripeConnectInvoiceEvents.INVOICE_FINALIZED,
  "invoice.sent": StripeConnectInvoiceEvents.INVOICE_SENT,
  "invoice.paid": StripeConnectInvoiceEvents.INVOICE_PAID,
  "invoice.payment_failed": StripeConnectInvoiceEvents.INVOICE_PAYMENT_FAILED,
  "invoice.voided": StripeConnectInvoiceEvents.INVOICE_VOIDED,
  "invoice.marked_uncollectible": StripeConnectInvoiceEvents.INVOICE_MARKED_UNCOLLECTIBLE,
}

/** Payload of the invoice host events. Amounts in integer minor units. */
export type StripeInvoiceHostEventData = {
  /** The stored invoice (`scinv_...`). */
  id: string
  stripe_invoice_id: string
  /** The webhook event that caused it; null for a refund made through the admin API. */
  stripe_event_id: string | null
  order_id: string
  integration_id: string
  account: string
  status: string
  currency: string
  total: number
  amount_paid: number
  amount_refunded: number
}

/** Payload of the pay-link host events. */
export type StripePayLinkHostEventData = {
  id: string
  checkout_session_id: string
  stripe_event_id: string
  order_id: string
  integration_id: string
  account: string
  status: string
  amount: number
  currency: string
}

/** An invoice as the admin API returns it (spec 004 "Show Invoice"). */
export type InvoiceDocument = {
  id: string
  stripe_invoice_id: string
  status: string
  currency: string
  total: number
  amount_due: number
  amount_paid: number
  amount_remaining: number
  amount_refunded: number
  number: string | null
  hosted_invoice_url: string | null
  invoice_pdf: string | null
  stripe_customer_id: string | null
  stripe_payment_intent_id: string | null
  stripe_charge_id: string | null
  stripe_account_id: string
  integration_id: string
  merchant_id: string | null
  order_id: string
  order_display_id: number | null
  memo: string | null
  days_until_due: number | null
  due_date: string | null
  finalized_at: string | null
  sent_at: string | null
  paid_at: string | null
  voided_at: string | null
  marked_uncollectible_at: string | null
  last_payment_error: string | null
  refunds: { refund_id: string; amount: number; reason: string | null; status: string; created_at: string }[]
  created_at: string
  updated_at: string
}

export type PayLinkDocument = {
  id: string
  url: string
  status: string
  amount: number
  currency: string
  checkout_session_id: string
  stripe_account_id: string
  integration_id: string
  order_id: string
  order_display_id: number | null
  expires_at: string
  completed_at: string | null
  expired_at: string | null
  stripe_payment_intent_id: string | null
  created_at: string
}

/** A refund of an invoice's charge, as the stored invoice keeps it (`refunds.data`). Integer minor units. */
export type InvoiceRefundEntry = {
  refund_id: string
  amount: number
  reason: string | null
  status: string
  request_id: string
  created_by: string | null
  created_at: string
}
