import { AsyncLocalStorage } from "node:async_hooks"
import type { ILockingModule } from "@medusajs/framework/types"
import { StripeConnectError } from "../errors/stripe-connect-error"
import { LocalKeyedMutex, LocalSemaphore } from "./local-gate"
import { errorMessageOf } from "../errors/error-text"

export type RunLockedOptions = {
  /** Seconds to wait for the lock, in this process and at the provider together (default 5). */
  timeout?: number
  /** What is busy, for the 409's message ("payouts of account acct_1"). */
  subject?: string
  /**
   * Seconds the lock outlives a process that died holding it (the provider renews it while the section runs).
   * `locking-redis` keeps 60 by default; Postgres advisory locks end with the dead process's session anyway.
   */
  expire?: number
}

const DEFAULT_TIMEOUT_SECONDS = 5
/**
 * Critical sections one process runs at once. The Postgres provider holds a pooled connection per held lock while the
 * section itself needs others; Medusa's pool has 10 by default, so more than this at once could starve it.
 */
export const MAX_LOCKED_SECTIONS_PER_PROCESS = 4
/** What both of Medusa's providers (locking-postgres, locking-redis) throw when the wait for a lock runs out. */
const PROVIDER_TIMEOUT_MESSAGE = "Timed-out acquiring lock."

const waitingByKey = new LocalKeyedMutex()
const sections = new LocalSemaphore(MAX_LOCKED_SECTIONS_PER_PROCESS)
/** Set inside a section, so a section nested in it (a step's lock inside a route's) takes no second slot. */
const insideSection = new AsyncLocalStorage<true>()

/**
 * Runs `job` holding `key` through Medusa's locking module, so the section holds across every process that shares
 * the provider (`locking-postgres`, `locking-redis`). Callers of one process queue for the key in memory first and
 * only the head of the queue waits at the provider; a wait longer than `timeout` ends with 409 `conflict` (the record
 * is busy; retry), never with an exhausted connection pool or an unexplained 500. A provider that fails before the
 * section starts (Redis down) is 503 `service_unavailable`.
 */
export async function runLocked<T>(
  locking: ILockingModule,
  key: string,
  job: () => Promise<T>,
  options: RunLockedOptions = {}
): Promise<T> {
  const timeoutSeconds = options.timeout ?? DEFAULT_TIMEOUT_SECONDS
  const deadline = Date.now() + timeoutSeconds * 1000
  const busy = () =>
    new StripeConnectError(
      "conflict",
      `${options.subject ?? "This record"} is busy with another request (waited ${timeoutSeconds} s); retry shortly`,
      { retryAfterSeconds: 1 }
    )

  const releaseKey = await waitingByKey.enter(key, deadline)
  if (!releaseKey) {
    throw busy()
  }
  try {
    const nested = insideSection.getStore() === true
    const releaseSection = nested ? () => undefined : await sections.enter(deadline)
    if (!releaseSection) {
      throw busy()
    }
    let started = false
    try {
      const secondsLeft = Math.max(Math.ceil((deadline - Date.now()) / 1000), 1)
      return await locking.execute(
        key,
        () => {
          started = true
          return insideSection.run(true, job)
        },
        { timeout: secondsLeft, ...(options.expire ? { expire: options.expire } : {}) }
      )
    } catch (error) {
      if (isProviderTimeout(error)) {
        throw busy()
      }
      // Failing before the section began is the provider's failure (Redis or the database unreachable): nothing was
      // done, so the caller may retry.
      throw started ? error : unavailable(error)
    } finally {
      releaseSection()
    }
  } finally {
    releaseKey()
  }
}

function unavailable(cause: unknown): StripeConnectError {
  const reason = errorMessageOf(cause)
  return new StripeConnectError(
    "service_unavailable",
    `The lock service is unavailable (${reason}); nothing was done, retry shortly`,
    { retryAfterSeconds: 5 }
  )
}

function isProviderTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === PROVIDER_TIMEOUT_MESSAGE
}
