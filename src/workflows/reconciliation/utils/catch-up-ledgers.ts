import { randomUUID } from "node:crypto"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { syncBalanceTransactionsWorkflow } from "../workflows/sync-balance-transactions"
import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"

/** The lock one catch-up of every ledger holds, whichever instance runs it (with its period's number). */
export const LEDGER_CATCH_UP_LOCK_KEY = "stripe-connect:ledger-catch-up"
/** The catch-up job's period: one catch-up per period, and a lock left by a process that died costs one period. */
const LOCK_PERIOD_SECONDS = 10 * 60
/** How long the lock outlives its holder where the provider honours expiry (Redis); longer than a catch-up takes. */
const LOCK_EXPIRY_SECONDS = 30 * 60
const ACCOUNT_PAGE_SIZE = 100

export type LedgerCatchUpReport = {
  /** Balances caught up: the platform's and each connected account's. */
  balances: number
  listed: number
  stored: number
  attributed: number
  failed: { account_id: string | null; message: string }[]
}

/**
 * Catches up the platform's ledger and every connected account's (paging through the stored accounts), one
 * balance after another; a balance that fails is reported and the others go on.
 */
export async function catchUpAllLedgers(container: MedusaContainer): Promise<LedgerCatchUpReport> {
  const report: LedgerCatchUpReport = { balances: 0, listed: 0, stored: 0, attributed: 0, failed: [] }
  await catchUpLedger(container, null, report)
  for await (const accountId of connectedAccountIds(container)) {
    await catchUpLedger(container, accountId, report)
  }
  return report
}

/** Catches up one balance (the platform's when `accountId` is null) and adds its counts to `report`. */
export async function catchUpLedger(
  container: MedusaContainer,
  accountId: string | null,
  report: LedgerCatchUpReport
): Promise<void> {
  report.balances++
  try {
    const { result } = await syncBalanceTransactionsWorkflow(container).run({ input: { account_id: accountId } })
    report.listed += result.listed
    report.stored += result.stored
    report.attributed += result.attributed
  } catch (error) {
    report.failed.push({ account_id: accountId, message: errorMessageOf(error) })
  }
}

async function* connectedAccountIds(container: MedusaContainer): AsyncGenerator<string> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  for (let skip = 0; ; skip += ACCOUNT_PAGE_SIZE) {
    const page = await service.listConnectedAccounts(
      {},
      { select: ["id", "stripe_account_id"], take: ACCOUNT_PAGE_SIZE, skip, order: { id: "ASC" } }
    )
    for (const account of page) {
      yield account.stripe_account_id
    }
    if (page.length < ACCOUNT_PAGE_SIZE) {
      return
    }
  }
}

/**
 * Runs `run` holding the catch-up lock through Medusa's locking module, so that of several instances (or a job
 * tick and a staff request) one catches up at a time. Answers null, without waiting, when another holds it.
 * The key names the period: `locking-postgres` never hands over a key whose holder died, whatever its expiry, so a
 * single key would stop every later catch-up after one crash. Two catch-ups across a period's boundary may overlap,
 * which is safe: lines are stored once each and cursors only move forward.
 */
export async function withLedgerCatchUpLock<T>(container: MedusaContainer, run: () => Promise<T>): Promise<T | null> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  const key = `${LEDGER_CATCH_UP_LOCK_KEY}:${Math.floor(Date.now() / (LOCK_PERIOD_SECONDS * 1000))}`
  const ownerId = `ledger-catch-up:${randomUUID()}`
  try {
    await locking.acquire(key, { ownerId, expire: LOCK_EXPIRY_SECONDS })
  } catch {
    return null
  }
  try {
    return await run()
  } finally {
    await locking.release(key, { ownerId })
  }
}
