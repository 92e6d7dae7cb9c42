import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Batcher } from "../../../modules/stripe-connect/webhooks/batcher"
import { processWebhookEventsWorkflow } from "../workflows/process-webhook-events"

const queues = new WeakMap<object, Batcher>()

/**
 * The in-process queue between receiving and processing: ids of received events are processed in batches (up
 * to 100, after at most 10 ms, one batch at a time), so a burst of deliveries costs a few workflow runs instead
 * of one each, and leaves the CPU and the connection pool to the webhook endpoints (two batches at a time, with
 * their handlers' queries, starved the endpoints' inserts of connections: ingest fell to 0.41x the bare route,
 * against 0.63x with one). One queue per app (keyed by its database connection, which a request's scope shares
 * with the app's container).
 */
export function webhookProcessingQueue(container: MedusaContainer): Batcher {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  let queue = queues.get(knex)
  if (!queue) {
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    queue = new Batcher(
      async (ids) => {
        await processWebhookEventsWorkflow(container).run({ input: { ids } })
      },
      { maxBatch: 100, delayMs: 10, maxConcurrent: 1 },
      (error, ids) =>
        logger.warn(
          `stripe-connect: processing ${ids.length} webhook events failed (the retry job takes them again): ${
            error instanceof Error ? error.message : String(error)
          }`
        )
    )
    queues.set(knex, queue)
  }
  return queue
}
