import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { StripeConnectWebhookEvents } from "../types/webhook-events"
import { webhookProcessingQueue } from "../workflows/webhook-events/utils/processing-queue"

/**
 * Queues a stored (or replayed, or recovered) Stripe event for processing; the queue runs
 * `processWebhookEventsWorkflow` in small batches. The workflow claims each event first, so a second delivery of
 * this message, here or on another instance, does nothing.
 */
export default async function stripeConnectWebhookEventReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  webhookProcessingQueue(container).add(event.data.id)
}

export const config: SubscriberConfig = {
  event: StripeConnectWebhookEvents.RECEIVED,
  context: { subscriberId: "stripe-connect-webhook-event-received" },
}
