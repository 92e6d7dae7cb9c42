import type { PayLinkDocument } from "../../../../shared/types/invoices"
import type { PayLinkRow } from "../../../../modules/stripe-connect/types"

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

export function toPayLinkDocument(link: PayLinkRow): PayLinkDocument {
  return {
    id: link.id,
    url: link.url,
    status: link.status,
    amount: link.amount,
    currency: link.currency,
    checkout_session_id: link.checkout_session_id,
    stripe_account_id: link.stripe_account_id,
    integration_id: link.integration_id,
    order_id: link.order_id,
    order_display_id: link.order_display_id,
    expires_at: iso(link.expires_at) as string,
    completed_at: iso(link.completed_at),
    expired_at: iso(link.expired_at),
    stripe_payment_intent_id: link.stripe_payment_intent_id,
    created_at: iso(link.created_at) as string,
  }
}
