import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BalanceTransactionSyncResponse } from "../../../../../shared/types/reconciliation"
import { StripeConnectError } from "../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { getAccessScope } from "../../../../utils/access-scope"
import {
  catchUpAllLedgers,
  catchUpLedger,
  withLedgerCatchUpLock,
  type LedgerCatchUpReport,
} from "../../../../../workflows/reconciliation/utils/catch-up-ledgers"
import { PLATFORM_ACCOUNT, type AdminSyncStripeBalanceTransactionsType } from "../validators"

/**
 * Sync balance transactions (docs/api.md#sync-balance-transactions): catches the ledger up now, for one balance
 * (`account_id`, `platform`) or for every one, and answers the counts. It reads the platform's money, so a role
 * limited to some merchants may not run it (403); while another catch-up runs it answers 409 `conflict`.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSyncStripeBalanceTransactionsType>,
  res: MedusaResponse<BalanceTransactionSyncResponse>
) => {
  if (getAccessScope(req).merchantIds !== null) {
    throw new StripeConnectError("forbidden", "The ledger sync is open only to roles not limited to some merchants")
  }
  const requested = req.validatedBody.account_id
  const report = await withLedgerCatchUpLock(req.scope, async () => {
    if (!requested) {
      return await catchUpAllLedgers(req.scope)
    }
    const one: LedgerCatchUpReport = { balances: 0, listed: 0, stored: 0, attributed: 0, failed: [] }
    await catchUpLedger(req.scope, requested === PLATFORM_ACCOUNT ? null : requested, one)
    return one
  })
  if (!report) {
    throw new StripeConnectError("conflict", "A ledger catch-up is already running; retry shortly", {
      retryAfterSeconds: 5,
    })
  }
  res.json(report)
}
