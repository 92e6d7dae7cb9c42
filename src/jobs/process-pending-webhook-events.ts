import type { ConfigModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pendingWebhookEventsDrain } from "../workflows/webhook-events/utils/pending-drain"

/**
 * Every second, on a worker instance (`workerMode: "worker"`): makes sure the instance LISTENs for events that
 * server-only instances stored, and looks for pending events itself in case a notification was missed. Shared
 * instances process what they receive in process and skip this.
 */
export default async function processPendingWebhookEvents(container: MedusaContainer) {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  if (config.projectConfig.workerMode !== "worker") {
    return
  }
  const drain = pendingWebhookEventsDrain(container)
  try {
    await drain.listen()
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`stripe-connect: cannot listen for pending webhook events (polling each second instead): ${String(error)}`)
  }
  drain.kick()
}

export const config = {
  name: "stripe-connect-process-pending-webhook-events",
  schedule: { interval: 1000 },
}
