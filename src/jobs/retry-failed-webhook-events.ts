import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { runJobTick } from "../modules/stripe-connect/locking/run-once-per-tick"
import { processWebhookEventsWorkflow } from "../workflows/webhook-events/workflows/process-webhook-events"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/** Events left pending this long lost their hand-off to the event bus (a crash between storing and emitting). */
const PENDING_GRACE_SECONDS = 60
/** Events processing this long are taken to be abandoned by a worker that died. */
const STUCK_PROCESSING_SECONDS = 10 * 60
const BATCH_SIZE = 100
const JOB = "stripe-connect-retry-failed-webhook-events"

/**
 * Every minute: failed events whose retry is due, and pending events older than a minute, are processed (oldest
 * first, at most 100 a run); events stuck in `processing` for ten minutes are released to be retried. One instance
 * runs a tick, the others skip it (and an event is claimed by one processor whatever runs it).
 */
export default async function retryFailedWebhookEvents(container: MedusaContainer) {
  await runJobTick(container, JOB, { periodSeconds: 60, leaseSeconds: 5 * 60 }, () => retryDueEvents(container))
}

async function retryDueEvents(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const released = await service.releaseStuckWebhookEvents(STUCK_PROCESSING_SECONDS)
  if (released.length) {
    logger.warn(`stripe-connect: ${released.length} webhook events were stuck in processing and will be retried`)
  }
  const ids = await service.listDueWebhookEventIds({ pendingGraceSeconds: PENDING_GRACE_SECONDS, limit: BATCH_SIZE })
  if (!ids.length) {
    return
  }
  try {
    await processWebhookEventsWorkflow(container).run({ input: { ids } })
  } catch (error) {
    logger.warn(`stripe-connect: retrying ${ids.length} webhook events failed: ${errorMessageOf(error)}`)
  }
}

export const config = {
  name: JOB,
  schedule: "* * * * *",
}
