import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { StripeConnectWebhookEvents } from "../types/webhook-events"
import { webhookPipeline } from "../workflows/webhook-events/utils/pipeline"

/**
 * Hands a replayed or recovered Stripe event to processing (received events are handed off by the endpoint
 * itself, without an event-bus message each). The workflow claims each event first, so a second delivery of this
 * message, here or on another instance, does nothing.
 */
export default async function stripeConnectWebhookEventReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  await (await webhookPipeline(container)).handOffWebhookEvents([event.data.id])
}

export const config: SubscriberConfig = {
  event: StripeConnectWebhookEvents.RECEIVED,
  context: { subscriberId: "stripe-connect-webhook-event-received" },
}
