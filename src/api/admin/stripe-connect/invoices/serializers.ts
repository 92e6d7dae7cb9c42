import type { InvoiceDocument } from "../../../../shared/types/invoices"
import type { InvoiceRow } from "../../../../modules/stripe-connect/types"

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The admin API's invoice body: Stripe's names and integer minor units; no request ids or actor ids of refunds. */
export function toInvoiceDocument(invoice: InvoiceRow): InvoiceDocument {
  return {
    id: invoice.id,
    stripe_invoice_id: invoice.stripe_invoice_id,
    status: invoice.status,
    currency: invoice.currency,
    total: invoice.total,
    amount_due: invoice.amount_due,
    amount_paid: invoice.amount_paid,
    amount_remaining: invoice.amount_remaining,
    amount_refunded: invoice.amount_refunded,
    number: invoice.number,
    hosted_invoice_url: invoice.hosted_invoice_url,
    invoice_pdf: invoice.invoice_pdf,
    stripe_customer_id: invoice.stripe_customer_id,
    stripe_payment_intent_id: invoice.stripe_payment_intent_id,
    stripe_charge_id: invoice.stripe_charge_id,
    stripe_account_id: invoice.stripe_account_id,
    integration_id: invoice.integration_id,
    merchant_id: invoice.merchant_id,
    order_id: invoice.order_id,
    order_display_id: invoice.order_display_id,
    memo: invoice.memo,
    days_until_due: invoice.days_until_due,
    due_date: iso(invoice.due_date),
    finalized_at: iso(invoice.finalized_at),
    sent_at: iso(invoice.sent_at),
    paid_at: iso(invoice.paid_at),
    voided_at: iso(invoice.voided_at),
    marked_uncollectible_at: iso(invoice.marked_uncollectible_at),
    last_payment_error: invoice.last_payment_error,
    refunds: (invoice.refunds?.data ?? []).map(({ refund_id, amount, reason, status, created_at }) => ({
      refund_id,
      amount,
      reason,
      status,
      created_at,
    })),
    created_at: iso(invoice.created_at) as string,
    updated_at: iso(invoice.updated_at) as string,
  }
}
