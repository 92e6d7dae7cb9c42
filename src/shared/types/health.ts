import type { WebhookEventEndpoint } from "./webhook-events"

/** `GET /admin/stripe-connect/health` (docs/api.md#health). Times are ISO strings, ages whole seconds. */
export type StripeConnectHealthResponse = {
  /** `degraded` names its reasons; `ok` has none. */
  status: "ok" | "degraded"
  reasons: string[]
  checked_at: string
  webhooks: {
    /** Stored and not yet handled (pending or being processed). */
    backlog: number
    /** Age of the oldest unhandled event: how far processing lags behind receiving. */
    lag_seconds: number
    /** Failed and waiting for another attempt. */
    failed_retrying: number
    /** Failed with every attempt used: needs a replay from the admin. */
    failed_given_up: number
    /** The newest stored event per endpoint, null for an endpoint that has received none. */
    last_event_at: Record<WebhookEventEndpoint, string | null>
  }
  /** Medusa's locking provider (Redis with `locking-redis`), probed by this request: a lock taken and released. */
  locks: StripeConnectLockHealth
  stripe: {
    /** Answers of Stripe in the last hour: 5xx and 429 (`errors`), other 4xx (`refused`). This process only. */
    errors_last_hour: number
    refused_last_hour: number
    last_error_at: string | null
  }
}

export type StripeConnectLockHealth = { status: "ok" | "unavailable"; error: string | null }
