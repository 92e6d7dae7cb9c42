import type { MedusaContainer } from "@medusajs/framework/types"
import { webhookPipeline } from "../workflows/webhook-events/utils/pipeline"

/**
 * Every second, on a worker instance (`workerMode: "worker"`): makes sure the instance LISTENs for events that
 * server-only instances stored, and looks for pending events itself in case a notification was missed. Shared
 * instances process what they receive in process and skip this. Unlike the other jobs it takes no cluster-wide tick
 * lock: every worker runs it, so each listens and claims its share (events are claimed one by one), and adding a
 * worker adds processing capacity.
 */
export default async function processPendingWebhookEvents(container: MedusaContainer) {
  await (await webhookPipeline(container)).drainPendingWebhookEvents()
}

export const config = {
  name: "stripe-connect-process-pending-webhook-events",
  schedule: { interval: 1000 },
}
