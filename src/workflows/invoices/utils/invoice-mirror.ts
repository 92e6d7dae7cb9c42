import type Stripe from "stripe"

/** The stored invoice, as the module service returns it. */
export type StoredInvoice = {
  id: string
  stripe_invoice_id: string
  integration_id: string
  merchant_id: string | null
  stripe_account_id: string
  order_id: string
  order_display_id: number | null
  attempt: number
  stripe_customer_id: string | null
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
  stripe_payment_intent_id: string | null
  stripe_charge_id: string | null
  memo: string | null
  days_until_due: number | null
  due_date: Date | null
  finalized_at: Date | null
  sent_at: Date | null
  paid_at: Date | null
  voided_at: Date | null
  marked_uncollectible_at: Date | null
  last_payment_error: string | null
  refunds: { data: StoredInvoiceRefund[] } | null
  last_stripe_event_at: Date | null
  created_by: string | null
  /** `medusa_payment_collection_id` / `medusa_payment_id` once the payment is recorded on the order. */
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type StoredInvoiceRefund = {
  refund_id: string
  amount: number
  reason: string | null
  status: string
  request_id: string
  created_by: string | null
  created_at: string
}

const date = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null)

/** The payment intent that paid an invoice (API 2025+: `invoice.payments`), when Stripe included it. */
export function invoicePaymentIntentId(invoice: Stripe.Invoice): string | null {
  const payments = invoice.payments?.data ?? []
  for (const payment of payments) {
    const intent = payment.payment?.payment_intent
    if (intent) {
      return typeof intent === "string" ? intent : intent.id
    }
  }
  return null
}

/** The fields of the stored invoice that mirror a Stripe invoice (minor units, Stripe's names). */
export function invoiceFieldsFromStripe(invoice: Stripe.Invoice) {
  const transitions = invoice.status_transitions
  return {
    status: invoice.status ?? "draft",
    currency: invoice.currency,
    total: invoice.total,
    amount_due: invoice.amount_due,
    amount_paid: invoice.amount_paid,
    amount_remaining: invoice.amount_remaining,
    number: invoice.number ?? null,
    hosted_invoice_url: invoice.hosted_invoice_url ?? null,
    invoice_pdf: invoice.invoice_pdf ?? null,
    due_date: date(invoice.due_date),
    finalized_at: date(transitions?.finalized_at),
    paid_at: date(transitions?.paid_at),
    voided_at: date(transitions?.voided_at),
    marked_uncollectible_at: date(transitions?.marked_uncollectible_at),
    ...(invoicePaymentIntentId(invoice) ? { stripe_payment_intent_id: invoicePaymentIntentId(invoice) } : {}),
  }
}

export const INVOICE_EXPAND = ["payments"]
