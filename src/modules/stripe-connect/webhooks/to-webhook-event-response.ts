import type { WebhookEventResponse } from "../../../shared/types/webhook-events"
import type { StoredWebhookEvent } from "./webhook-event-store"

function iso(value: Date | string): string {
  return new Date(value).toISOString()
}

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value)
}

/** A stored event as the admin API shows it; the payload only when asked for (and allowed). */
export function toWebhookEventResponse(
  row: StoredWebhookEvent,
  options: { includePayload?: boolean } = {}
): WebhookEventResponse {
  return {
    id: row.id,
    stripe_event_id: row.stripe_event_id,
    endpoint: row.endpoint,
    account: row.account,
    type: row.type,
    livemode: row.livemode,
    api_version: row.api_version,
    stripe_created_at: iso(row.stripe_created_at),
    related_object_ids: row.related_object_ids ?? [],
    status: row.status,
    attempts: row.attempts,
    last_error: row.last_error,
    next_attempt_at: isoOrNull(row.next_attempt_at),
    processed_at: isoOrNull(row.processed_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    ...(options.includePayload && row.payload ? { payload: row.payload } : {}),
  }
}
