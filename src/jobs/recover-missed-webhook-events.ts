import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runJobTick } from "../modules/stripe-connect/locking/run-once-per-tick"
import { recoverMissedWebhookEventsWorkflow } from "../workflows/webhook-events/workflows/recover-missed-webhook-events"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/** Each run looks back one hour, so four runs overlap and a short outage of a run is covered too. */
const LOOK_BACK_SECONDS = 60 * 60
const JOB = "stripe-connect-recover-missed-webhook-events"

/**
 * Every 15 minutes: stores and processes Stripe events of the last hour that no webhook delivery brought
 * (platform and known connected accounts). One instance runs a tick, the others skip it.
 */
export default async function recoverMissedWebhookEvents(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const result = await runJobTick(container, JOB, { periodSeconds: 15 * 60, leaseSeconds: 15 * 60 }, async () => {
      const { result } = await recoverMissedWebhookEventsWorkflow(container).run({
        input: { since: Math.floor(Date.now() / 1000) - LOOK_BACK_SECONDS },
      })
      return result
    })
    if (result && (result.recovered.length || result.errors.length)) {
      logger.info(
        `stripe-connect: recovered ${result.recovered.length} missed webhook events (${result.scanned} listed, ${result.errors.length} scopes failed)`
      )
    }
  } catch (error) {
    logger.warn(`stripe-connect: missed-event recovery failed: ${errorMessageOf(error)}`)
  }
}

export const config = {
  name: JOB,
  schedule: "*/15 * * * *",
}
