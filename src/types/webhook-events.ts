/** Where a Stripe event was received (spec 004 "Platform Webhook" and "Connect Account Webhook"). */
export const WEBHOOK_EVENT_ENDPOINTS = ["platform", "connect", "account"] as const
export type WebhookEventEndpoint = (typeof WEBHOOK_EVENT_ENDPOINTS)[number]

/**
 * Processing state of a stored event: `pending` (stored, not yet handled), `processing` (claimed by one
 * worker), `processed`, `failed` (retried by the sweeper until the attempt limit), `ignored` (no handler).
 */
export const WEBHOOK_EVENT_STATUSES = ["pending", "processing", "processed", "failed", "ignored"] as const
export type WebhookEventStatus = (typeof WEBHOOK_EVENT_STATUSES)[number]

/** Medusa event bus names of the webhook pipeline. */
export const StripeConnectWebhookEvents = {
  /** A verified event was stored (or re-queued); `{ id }` of the stored row. Internal hand-off to processing. */
  RECEIVED: "stripe_connect.webhook_event.received",
} as const

/** Host events emitted by the payout and dispute handlers of the webhook pipeline (spec 000 "Webhooks"). */
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

/** Payload of `stripe.dispute_created` and `stripe.dispute_updated` (the fields of spec 000 "List Disputes"). */
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

/** A stored webhook event as the admin API returns it (`payload` only with `include_payload=1`). */
export type WebhookEventResponse = {
  id: string
  stripe_event_id: string
  endpoint: WebhookEventEndpoint
  account: string | null
  type: string
  livemode: boolean
  api_version: string | null
  stripe_created_at: string
  related_object_ids: string[]
  status: WebhookEventStatus
  attempts: number
  last_error: string | null
  next_attempt_at: string | null
  processed_at: string | null
  created_at: string
  updated_at: string
  payload?: Record<string, unknown>
}
