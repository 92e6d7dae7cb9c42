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
