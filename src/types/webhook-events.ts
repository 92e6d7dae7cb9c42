/** Medusa event bus names of the webhook pipeline. */
export const StripeConnectWebhookEvents = {
  /** A verified event was stored (or re-queued); `{ id }` of the stored row. Internal hand-off to processing. */
  RECEIVED: "stripe_connect.webhook_event.received",
  /**
   * Events a server-only instance stored, `{ ids }` of one insert statement's new rows, for one worker to process
   * (only when the event bus reaches other processes, e.g. Redis). Internal hand-off to processing.
   */
  STORED: "stripe_connect.webhook_events.stored",
} as const

/** Host events emitted by the payout and dispute handlers of the webhook pipeline (docs/api.md#host-events). */
export const StripeConnectHostEvents = {
  PAYOUT_PAID: "stripe.payout_paid",
  PAYOUT_FAILED: "stripe.payout_failed",
  DISPUTE_CREATED: "stripe.dispute_created",
  DISPUTE_UPDATED: "stripe.dispute_updated",
} as const

/** Fields every host event emitted from a stored webhook event carries. */
export type StripeWebhookHostEventBase = {
  /** The stored webhook event (`scwhevt_...`). */
  id: string
  stripe_event_id: string
  /** The connected account the event is about, or null for the platform's own objects. */
  account: string | null
  /** The Stripe object the event is about (`po_...`, `dp_...`). */
  object_id: string
  /** The event's `created`, ISO 8601. */
  stripe_created_at: string
}

/** Payload of `stripe.payout_paid` and `stripe.payout_failed`. Amounts in integer minor units. */
export type StripePayoutHostEventData = StripeWebhookHostEventBase & {
  payout_id: string
  amount: number
  currency: string
  status: string
  arrival_date: string | null
  failure_code: string | null
  failure_message: string | null
}

/**
 * Payload of `stripe.dispute_created` and `stripe.dispute_updated` (the fields listed in docs/api.md#dispute-events).
 */
export type StripeDisputeHostEventData = StripeWebhookHostEventBase & {
  dispute_id: string
  payment_intent_id: string | null
  charge_id: string | null
  account_id: string | null
  amount: number
  currency: string
  reason: string
  status: string
  evidence_due_by: string | null
}
