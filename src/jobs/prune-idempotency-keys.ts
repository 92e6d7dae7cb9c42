import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import { runJobTick } from "../modules/stripe-connect/locking/run-once-per-tick"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/** One DELETE removes at most this many keys, so a large backlog never holds one long statement. */
const BATCH = 1000
const MAX_BATCHES = 50
const JOB = "stripe-connect-prune-idempotency-keys"

/** Hourly: deletes admin clients' Idempotency-Keys older than 24 hours (docs/api.md#idempotency), in batches; one
 * instance runs a tick. */
export default async function pruneIdempotencyKeys(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  try {
    const pruned = await runJobTick(container, JOB, { periodSeconds: 60 * 60, leaseSeconds: 30 * 60 }, async () => {
      let deletedInAll = 0
      for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const deleted = await service.pruneIdempotencyKeys(BATCH)
        deletedInAll += deleted
        if (deleted < BATCH) {
          break
        }
      }
      return deletedInAll
    })
    if (pruned) {
      logger.info(`stripe-connect: pruned ${pruned} expired idempotency keys`)
    }
  } catch (error) {
    logger.warn(`stripe-connect: pruning idempotency keys failed: ${errorMessageOf(error)}`)
  }
}

export const config = {
  name: JOB,
  schedule: "17 * * * *",
}
