import type Stripe from "stripe"
import type { WebhookEventEndpoint } from "../../../shared/types/webhook-events"
import { StripeConnectError } from "../errors/stripe-connect-error"
import { relatedObjectIds } from "./related-object-ids"

/** `account_key` of events that belong to no connected account. */
export const PLATFORM_ACCOUNT_KEY = "platform"

/** The columns of a new stored event; `payload_json` is the verified raw body, stored as jsonb unchanged. */
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
  related_object_ids: string[]
}

/**
 * The account an event belongs to. Platform and Connect endpoints take the event's `account` (Connect events
 * carry it; the platform's own do not). A per-account endpoint takes its path's account, and refuses an event
 * that names another account: its secret only vouches for its own account.
 */
export function resolveEventAccount(
  endpoint: WebhookEventEndpoint,
  event: Pick<Stripe.Event, "account">,
  pathAccountId?: string
): string | null {
  if (endpoint !== "account") {
    return event.account ?? null
  }
  if (event.account && pathAccountId && event.account !== pathAccountId) {
    throw new StripeConnectError(
      "invalid_request",
      `The event belongs to another account than the endpoint's (${pathAccountId})`,
      { param: "account" }
    )
  }
  return event.account ?? pathAccountId ?? null
}

/** The row stored for a verified event. */
export function toWebhookEventRow(
  event: Stripe.Event,
  endpoint: WebhookEventEndpoint,
  account: string | null,
  payloadJson: string
): NewWebhookEventRow {
  return {
    stripe_event_id: event.id,
    endpoint,
    account,
    account_key: account ?? PLATFORM_ACCOUNT_KEY,
    type: event.type,
    livemode: Boolean(event.livemode),
    api_version: event.api_version ?? null,
    stripe_created_at: new Date(event.created * 1000),
    payload_json: payloadJson,
    related_object_ids: relatedObjectIds(event),
  }
}
