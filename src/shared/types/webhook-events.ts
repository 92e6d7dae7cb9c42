/** Where a Stripe event was received (docs/api.md#webhook-endpoints). */
export const WEBHOOK_EVENT_ENDPOINTS = ["platform", "connect", "account"] as const
export type WebhookEventEndpoint = (typeof WEBHOOK_EVENT_ENDPOINTS)[number]

/**
 * Processing state of a stored event: `pending` (stored, not yet handled), `processing` (claimed by one
 * worker), `processed`, `failed` (retried by the sweeper until the attempt limit; a malformed event is failed
 * without retry), `ignored` (no handler), `rejected` (verified but not applied: another mode's event, or a
 * per-account endpoint's event about another account's objects; `last_error` says why).
 */
export const WEBHOOK_EVENT_STATUSES = ["pending", "processing", "processed", "failed", "ignored", "rejected"] as const
export type WebhookEventStatus = (typeof WEBHOOK_EVENT_STATUSES)[number]

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
