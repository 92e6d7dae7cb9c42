import type Stripe from "stripe"

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
export type InvoiceMirrorFields = {
  status: NonNullable<Stripe.Invoice["status"]>
  currency: string
  total: number
  amount_due: number
  amount_paid: number
  amount_remaining: number
  number: string | null
  hosted_invoice_url: string | null
  invoice_pdf: string | null
  due_date: Date | null
  finalized_at: Date | null
  paid_at: Date | null
  voided_at: Date | null
  marked_uncollectible_at: Date | null
  stripe_payment_intent_id?: string | null
}

export function invoiceFieldsFromStripe(invoice: Stripe.Invoice): InvoiceMirrorFields {
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
