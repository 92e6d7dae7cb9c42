import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { StripeConnectWebhookEvents } from "../types/webhook-events"
import { webhookPipeline } from "../workflows/webhook-events/utils/pipeline"

/**
 * On a worker: processes the events a server-only instance stored (one insert statement's rows), and settles the
 * bus message only when they are done, so each worker takes as many messages as it can process and adding a
 * worker adds capacity. The workflow claims each event with a lease first: a message delivered twice, or an event
 * also taken by the retry job, is processed once; if this worker dies mid-batch, the events are claimed again
 * once their lease runs out (by the bus redelivering the stalled message, or the retry job).
 */
export default async function stripeConnectWebhookEventsStored({
  event,
  container,
}: SubscriberArgs<{ ids: string[] }>) {
  await (await webhookPipeline(container)).processWebhookEventsNow(event.data.ids)
}

export const config: SubscriberConfig = {
  event: StripeConnectWebhookEvents.STORED,
  context: { subscriberId: "stripe-connect-webhook-events-stored" },
}
