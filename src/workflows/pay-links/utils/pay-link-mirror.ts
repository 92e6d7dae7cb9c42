import type { PayLinkDocument } from "../../../shared/types/invoices"

export type StoredPayLink = {
  id: string
  checkout_session_id: string
  integration_id: string
  merchant_id: string | null
  stripe_account_id: string
  order_id: string
  order_display_id: number | null
  url: string
  amount: number
  currency: string
  status: string
  expires_at: Date
  completed_at: Date | null
  expired_at: Date | null
  stripe_payment_intent_id: string | null
  last_stripe_event_at: Date | null
  created_by: string | null
  created_at: Date
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

export function toPayLinkDocument(link: StoredPayLink): PayLinkDocument {
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
