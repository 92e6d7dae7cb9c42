import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { processWebhookEventWorkflow } from "../workflows/webhook-events/workflows/process-webhook-event"
import { StripeConnectWebhookEvents } from "../types/webhook-events"

/**
 * Processes a Stripe event once it is stored (or replayed or recovered). The workflow claims the event first, so
 * a second delivery of this message, here or on another instance, does nothing.
 */
export default async function stripeConnectWebhookEventReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  await processWebhookEventWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: StripeConnectWebhookEvents.RECEIVED,
  context: { subscriberId: "stripe-connect-webhook-event-received" },
}
