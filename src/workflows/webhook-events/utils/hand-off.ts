import type { ConfigModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { webhookEventStore } from "./event-store"
import { webhookProcessingQueue } from "./processing-queue"

/** Whether this instance runs background work (Medusa's `workerMode` "shared" or "worker") or only serves HTTP. */
export function processesInBackground(container: MedusaContainer): boolean {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  return config.projectConfig.workerMode !== "server"
}

/**
 * Hands stored events to processing. An instance that processes (shared or worker mode) queues them in process;
 * a server-only instance tells the workers through PostgreSQL's NOTIFY, and they claim pending events from the
 * table. Neither is durable and neither needs to be: the events are `pending` in the table, and the retry job
 * takes any whose hand-off was lost.
 */
export function handOffWebhookEvents(container: MedusaContainer, ids: string[]): void {
  if (!ids.length) {
    return
  }
  if (processesInBackground(container)) {
    const queue = webhookProcessingQueue(container)
    ids.forEach((id) => queue.add(id))
    return
  }
  webhookEventStore(container)
    .notifyPending()
    .catch((error: unknown) =>
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`stripe-connect: could not notify workers of ${ids.length} webhook events (the retry job takes them): ${String(error)}`)
    )
}
