import type { MedusaContainer } from "@medusajs/framework/types"
import { webhookPipeline } from "../workflows/webhook-events/utils/pipeline"

/**
 * Every second, on a worker instance (`workerMode: "worker"`) whose event bus stays in its process (Medusa's local
 * bus, no Redis): makes sure the instance LISTENs for events that server-only instances stored and NOTIFYed, and
 * looks for pending events itself in case a notification was missed. With an event bus that reaches other
 * processes (Redis), the servers' bus messages bring the events and this does nothing; shared instances process
 * what they receive in process and skip it too. Unlike the other jobs it takes no cluster-wide tick lock: every
 * worker runs it, so each listens and claims its share (events are claimed one by one).
 */
export default async function processPendingWebhookEvents(container: MedusaContainer) {
  await (await webhookPipeline(container)).drainPendingWebhookEvents()
}

export const config = {
  name: "stripe-connect-process-pending-webhook-events",
  schedule: { interval: 1000 },
}
