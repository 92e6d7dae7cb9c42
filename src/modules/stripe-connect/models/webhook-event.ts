import { model } from "@medusajs/framework/utils"
import { WEBHOOK_EVENT_ENDPOINTS, WEBHOOK_EVENT_STATUSES } from "../../../shared/types/webhook-events"

/**
 * A Stripe event received by one of the plugin's webhook endpoints, stored before it is answered and then
 * processed once (docs/api.md#webhook-events). The payload is kept as the raw body, never as jsonb, so any
 * verified event can be stored (jsonb refuses `\u0000`). `account_key` is `account`, or "platform" for
 * the platform's own events, so the unique key (stripe_event_id, account_key) has no NULL in it and a second
 * delivery of the same event is a conflict the insert skips. The indexes serve the admin list: newest first,
 * alone or filtered by type, status, account or a related object id.
 */
const WebhookEvent = model
  .define("stripe_connect_webhook_event", {
    id: model.id({ prefix: "scwhevt" }).primaryKey(),
    stripe_event_id: model.text(),
    endpoint: model.enum([...WEBHOOK_EVENT_ENDPOINTS]),
    account: model.text().nullable(),
    account_key: model.text(),
    type: model.text(),
    livemode: model.boolean().default(false),
    api_version: model.text().nullable(),
    stripe_created_at: model.dateTime(),
    /** Rows stored before `payload_raw` existed; new rows leave it null. */
    payload: model.json().nullable(),
    /** The verified body exactly as received (text; base64 when `payload_encoding` says so). */
    payload_raw: model.text().nullable(),
    payload_encoding: model.enum(["utf8", "base64"]).default("utf8"),
    /** The event object's id first, then its payment intent, charge and invoice ids where present. */
    related_object_ids: model.array().default([]),
    status: model.enum([...WEBHOOK_EVENT_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    processed_at: model.dateTime().nullable(),
    /** The processing run that holds the event while it is `processing`, and until when (renewed while it runs). */
    claim_token: model.text().nullable(),
    lease_expires_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_stripe_connect_webhook_event_unique_event",
      on: ["stripe_event_id", "account_key"],
      unique: true,
      where: null,
    },
    { name: "IDX_stripe_connect_webhook_event_created_at_id", on: ["created_at", "id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_webhook_event_type_created_at",
      on: ["type", "created_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_webhook_event_status_created_at",
      on: ["status", "created_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_webhook_event_account_created_at",
      on: ["account", "created_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_webhook_event_related_object_ids",
      on: ["related_object_ids"],
      type: "GIN",
      where: "deleted_at IS NULL",
    },
  ])

export default WebhookEvent
