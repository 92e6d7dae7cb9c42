import { randomUUID } from "node:crypto"
import type { ILockingModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { errorMessageOf } from "../errors/error-text"

export type TickSchedule = {
  /** The job's schedule period: runs that start within one period are one tick. */
  periodSeconds: number
  /** How long the lock outlives a process that died holding it; longer than one run takes. */
  leaseSeconds: number
}

export type TickOutcome<T> = { ran: true; result: T } | { ran: false; reason: "held" | "unavailable"; error?: string }

/** What both of Medusa's providers throw when `acquire` finds the key held by another owner. */
const HELD = /Failed to acquire lock|is already locked/

/**
 * Runs a scheduled job's tick unless another instance (or an overlapping call in this one) runs it now: the lock is
 * taken without waiting through Medusa's locking module and released at the end, so the next call runs again.
 *
 * With `workflow-engine-redis` Medusa already fires each tick on one worker; this covers several instances sharing
 * only Postgres (`locking-postgres`) and a tick that starts while the previous one still runs. The key names the
 * tick, because `locking-postgres` never hands over a key whose holder died, whatever its expiry: a key per job alone
 * would stop the job for good after one crash, a key per tick stops only that tick.
 */
export async function runOncePerTick<T>(
  locking: ILockingModule,
  job: string,
  schedule: TickSchedule,
  run: () => Promise<T>
): Promise<TickOutcome<T>> {
  const tick = Math.floor(Date.now() / (schedule.periodSeconds * 1000))
  const key = `stripe-connect:job:${job}:${tick}`
  const ownerId = `${job}:${randomUUID()}`
  try {
    await locking.acquire(key, { ownerId, expire: schedule.leaseSeconds })
  } catch (error) {
    const message = errorMessageOf(error)
    return HELD.test(message) ? { ran: false, reason: "held" } : { ran: false, reason: "unavailable", error: message }
  }
  try {
    return { ran: true, result: await run() }
  } finally {
    await locking.release(key, { ownerId }).catch(() => undefined)
  }
}

/**
 * A scheduled job's tick through the container's locking module: the job's result, or null when another run holds
 * the tick (skipped quietly) or the lock service is down (skipped with a warning; the next tick tries again).
 */
export async function runJobTick<T>(
  container: MedusaContainer,
  job: string,
  schedule: TickSchedule,
  run: () => Promise<T>
): Promise<T | null> {
  const outcome = await runOncePerTick(container.resolve<ILockingModule>(Modules.LOCKING), job, schedule, run)
  if (outcome.ran) {
    return outcome.result
  }
  if (outcome.reason === "unavailable") {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`stripe-connect: ${job} skipped this tick, the lock service is unavailable: ${outcome.error}`)
  }
  return null
}
