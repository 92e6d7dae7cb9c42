import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catchUpLedger, type LedgerCatchUpReport } from "./catch-up-ledgers"
import { ledgerScopeOf } from "./ledger-scope"

type Running = { again: boolean; done: Promise<void> }

/** The catch-ups this process is running, per balance. */
const running = new Map<string, Running>()

/**
 * Catches up one balance in the background. A burst of requests for the same balance (many payout events) makes at
 * most one more run after the current one, not one run each. Failures are logged; the scheduled job catches up
 * later. Answers when this process has nothing left to do for the balance.
 */
export function scheduleLedgerCatchUp(container: MedusaContainer, accountId: string | null): Promise<void> {
  const scope = ledgerScopeOf(accountId)
  const current = running.get(scope)
  if (current) {
    current.again = true
    return current.done
  }
  const state: Running = { again: false, done: Promise.resolve() }
  state.done = (async () => {
    try {
      do {
        state.again = false
        const report: LedgerCatchUpReport = { balances: 0, listed: 0, stored: 0, attributed: 0, failed: [] }
        await catchUpLedger(container, accountId, report)
        for (const failure of report.failed) {
          container
            .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
            .warn(`stripe-connect: ledger catch-up of ${scope} after a payout event failed: ${failure.message}`)
        }
      } while (state.again)
    } finally {
      running.delete(scope)
    }
  })()
  running.set(scope, state)
  return state.done
}
