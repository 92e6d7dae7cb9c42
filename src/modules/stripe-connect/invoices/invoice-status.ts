/** Stripe's invoice statuses, in the order an invoice moves through them. */
export const INVOICE_STATUSES = ["draft", "open", "uncollectible", "paid", "void"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

const RANK: Record<InvoiceStatus, number> = { draft: 0, open: 1, uncollectible: 2, paid: 3, void: 3 }

function isInvoiceStatus(value: string): value is InvoiceStatus {
  return (INVOICE_STATUSES as readonly string[]).includes(value)
}

/**
 * Whether a status read from a webhook may replace the stored one. Stripe delivers events in any order, and an
 * invoice only moves forward (draft -> open -> uncollectible -> paid or void; paid and void are final), so a
 * status that would move it back is an older event and is not applied. The same status is applied again (its
 * other fields may be newer).
 */
export function canApplyInvoiceStatus(current: string, incoming: string): boolean {
  if (!isInvoiceStatus(incoming)) {
    return false
  }
  if (!isInvoiceStatus(current)) {
    return true
  }
  if (current === incoming) {
    return true
  }
  if (RANK[current] === 3) {
    return false
  }
  return RANK[incoming] > RANK[current]
}

/**
 * The stored statuses that `incoming` may replace, for a write that checks the stored status in the same
 * statement: a webhook handler and a staff action (void) can otherwise both read "open" and the slower one would
 * write its older status last.
 */
export function statusesAccepting(incoming: string): InvoiceStatus[] {
  return INVOICE_STATUSES.filter((current) => canApplyInvoiceStatus(current, incoming))
}

/** Whether an invoice can still be voided (docs/api.md#void-invoice: only draft or open). */
export function isVoidable(status: string): boolean {
  return status === "draft" || status === "open"
}

/** Whether an invoice can still be paid by the customer: the "payable open invoice" a new send returns instead. */
export function isPayable(invoice: { status: string; amount_remaining: number }): boolean {
  return invoice.status === "open" && invoice.amount_remaining > 0
}
