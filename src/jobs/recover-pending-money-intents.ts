import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { runJobTick } from "../modules/stripe-connect/locking/run-once-per-tick"
import { recoverMoneyIntentWorkflow } from "../workflows/money-intents/workflows/recover-money-intent"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/** Intents younger than this may belong to a request still running; it completes them itself. */
const GRACE_SECONDS = 60
const BATCH = 100
const JOB = "stripe-connect-recover-pending-money-intents"

/**
 * Every 5 minutes: completes money movements whose Stripe answer was never recorded (the process stopped or the
 * answer was lost between Stripe's success and the local write; docs/api.md#crash-safe-money). Each pending
 * intent older than a minute is asked of Stripe again with its stored idempotency key and recorded. Answers how
 * many were completed (tests call it directly): 0 when another run holds this tick, on this instance or another.
 */
export default async function recoverPendingMoneyIntents(
  container: MedusaContainer,
  options: { graceSeconds?: number } = {}
): Promise<number> {
  const completed = await runJobTick(container, JOB, { periodSeconds: 5 * 60, leaseSeconds: 5 * 60 }, () =>
    recoverPending(container, options.graceSeconds ?? GRACE_SECONDS)
  )
  return completed ?? 0
}

async function recoverPending(container: MedusaContainer, graceSeconds: number): Promise<number> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const before = new Date(Date.now() - graceSeconds * 1000)
  const pending = await service.listStripeConnectMoneyIntents(
    { status: "pending", created_at: { $lte: before } },
    { take: BATCH, order: { created_at: "ASC" } }
  )
  let completed = 0
  for (const intent of pending) {
    try {
      const { result } = await recoverMoneyIntentWorkflow(container).run({ input: { money_intent_id: intent.id } })
      completed += result.outcome === "completed" ? 1 : 0
    } catch (error) {
      logger.warn(
        `stripe-connect: recovering ${intent.kind} ${intent.id} failed (will retry): ${errorMessageOf(error)}`
      )
    }
  }
  if (completed) {
    logger.info(`stripe-connect: recovered ${completed} money movements whose Stripe answer was not recorded`)
  }
  return completed
}

export const config = {
  name: JOB,
  schedule: "*/5 * * * *",
}
