import { createHash } from "node:crypto"
import type Stripe from "stripe"
import type { WebhookEventEndpoint } from "../../../shared/types/webhook-events"
import { relatedObjectIds } from "./related-object-ids"

/** `account_key` of events that belong to no connected account. */
export const PLATFORM_ACCOUNT_KEY = "platform"

/** `type` of a verified delivery that is not a Stripe event (stored as failed, never processed). */
export const MALFORMED_EVENT_TYPE = "malformed"

/** How a new row starts: `pending` (to be processed), or settled at once with the reason. */
export type NewWebhookEventStatus = "pending" | "rejected" | "failed"

/**
 * The columns of a new stored event. `payload_json` is the verified raw body, stored as text exactly as it
 * came (`payload_encoding` "base64" only for a body text cannot hold, which is never valid JSON).
 */
export type NewWebhookEventRow = {
  stripe_event_id: string
  endpoint: WebhookEventEndpoint
  account: string | null
  account_key: string
  type: string
  livemode: boolean
  api_version: string | null
  stripe_created_at: Date
  payload_json: string
  payload_encoding?: "utf8" | "base64"
  related_object_ids: string[]
  status: NewWebhookEventStatus
  last_error: string | null
}

/**
 * The account an event is stored under. Platform and Connect endpoints take the event's `account` (Connect
 * events carry it; the platform's own do not). A per-account endpoint always takes its path's account, also for
 * an event it rejects: its secret only vouches for that account, so a forged event never takes another
 * account's event id (which would make the genuine delivery a duplicate).
 */
export function resolveEventAccount(
  endpoint: WebhookEventEndpoint,
  event: Pick<Stripe.Event, "account">,
  pathAccountId?: string
): string | null {
  if (endpoint === "account") {
    return pathAccountId ?? event.account ?? null
  }
  return event.account ?? null
}

/**
 * Why a verified event must not be applied, decided from the event alone (no query): an event of the other
 * mode than the configured API key's, or, on a per-account endpoint, an event that names no account or another
 * one. Null when nothing is wrong. Whether the event's objects belong to the account is checked when it is
 * processed (`workflows/webhook-events/utils/account-binding.ts`).
 */
export function webhookEventRejection(
  endpoint: WebhookEventEndpoint,
  event: Pick<Stripe.Event, "account" | "livemode">,
  expected: { livemode: boolean; pathAccountId?: string }
): string | null {
  const livemode = event.livemode === true
  if (livemode !== expected.livemode) {
    return `A ${livemode ? "live" : "test"}-mode event, but the configured API key is a ${expected.livemode ? "live" : "test"}-mode key`
  }
  if (endpoint !== "account") {
    return null
  }
  if (!event.account) {
    return `The event names no account; the endpoint of ${expected.pathAccountId} only takes that account's events`
  }
  if (event.account !== expected.pathAccountId) {
    return `The event belongs to account ${event.account}, not to the endpoint's account ${expected.pathAccountId}`
  }
  return null
}

/** The row stored for a verified event; `pending` unless `rejection` says why it is not applied. */
export function toWebhookEventRow(
  event: Stripe.Event,
  endpoint: WebhookEventEndpoint,
  account: string | null,
  payloadJson: string,
  rejection: string | null = null
): NewWebhookEventRow {
  return {
    stripe_event_id: event.id,
    endpoint,
    account,
    account_key: account ?? PLATFORM_ACCOUNT_KEY,
    type: event.type,
    livemode: event.livemode === true,
    api_version: event.api_version ?? null,
    stripe_created_at: new Date(event.created * 1000),
    payload_json: payloadJson,
    related_object_ids: relatedObjectIds(event),
    status: rejection ? "rejected" : "pending",
    last_error: rejection,
  }
}

/**
 * The row stored for a verified delivery that is not a well-formed Stripe event. Its id derives from the body, so
 * Stripe's retries of it are one row; a body holding a NUL byte (which text cannot hold) is kept base64-encoded.
 */
export function toMalformedWebhookEventRow(
  rawBody: Buffer,
  endpoint: WebhookEventEndpoint,
  account: string | null,
  reason: string
): NewWebhookEventRow {
  const binary = rawBody.includes(0)
  return {
    stripe_event_id: `malformed_${createHash("sha256").update(rawBody).digest("hex").slice(0, 40)}`,
    endpoint,
    account,
    account_key: account ?? PLATFORM_ACCOUNT_KEY,
    type: MALFORMED_EVENT_TYPE,
    livemode: false,
    api_version: null,
    stripe_created_at: new Date(),
    payload_json: binary ? rawBody.toString("base64") : rawBody.toString("utf8"),
    payload_encoding: binary ? "base64" : "utf8",
    related_object_ids: [],
    status: "failed",
    last_error: `Not a Stripe event: ${reason}`,
  }
}
