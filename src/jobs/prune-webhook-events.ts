import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { runJobTick } from "../modules/stripe-connect/locking/run-once-per-tick"
import { pruneInBatches, retentionCutoff } from "../modules/stripe-connect/webhooks/retention"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/** Rows one DELETE removes; small enough that no statement holds locks or a transaction for long. */
export const PRUNE_BATCH_SIZE = 1_000
/** Most batches one run deletes (a million rows); a backlog beyond that goes on the next day. */
const MAX_BATCHES_PER_RUN = 1_000
const JOB = "stripe-connect-prune-webhook-events"

/**
 * Daily: deletes stored webhook events older than `webhookEvents.retentionDays` (default 90), in batches. Pending
 * and processing events are kept whatever their age (docs/api.md#webhook-events). One instance runs a day's tick.
 */
export default async function pruneWebhookEvents(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  try {
    const { retentionDays } = (await service.getOptions()).webhookEvents
    const before = retentionCutoff(new Date(), retentionDays)
    const pruned = await runJobTick(container, JOB, { periodSeconds: 24 * 60 * 60, leaseSeconds: 60 * 60 }, () =>
      pruneInBatches((size) => service.pruneWebhookEvents(before, size), {
        batchSize: PRUNE_BATCH_SIZE,
        maxBatches: MAX_BATCHES_PER_RUN,
      })
    )
    if (pruned?.deleted) {
      logger.info(
        `stripe-connect: pruned ${pruned.deleted} webhook events older than ${retentionDays} days (${pruned.batches} batches)`
      )
    }
  } catch (error) {
    logger.warn(`stripe-connect: webhook event pruning failed: ${errorMessageOf(error)}`)
  }
}

export const config = {
  name: JOB,
  schedule: "17 3 * * *",
}
