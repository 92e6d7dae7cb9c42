import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoredWebhookEvent } from "../../../modules/stripe-connect/webhooks/webhook-event-store"

/** What a webhook event handler receives: the stored event's Stripe payload, the container and the stored row. */
export type WebhookEventHandlerInput = {
  event: Stripe.Event
  container: MedusaContainer
  record: StoredWebhookEvent
}

/**
 * Handles one event type. It must be idempotent (a replay or a retry after a partial failure runs it again) and
 * order-safe (an event older than the state already applied changes nothing; see `isSupersededEvent`). It throws
 * to mark the event failed (retried with backoff); whatever it returns is ignored. A handler may run a workflow.
 */
export type WebhookEventHandler = (input: WebhookEventHandlerInput) => Promise<unknown>
