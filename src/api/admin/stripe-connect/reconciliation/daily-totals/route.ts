import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { dailyWindow } from "../../../../../modules/stripe-connect/reports"
import type { LedgerDailyTotalsDocument } from "../../../../../shared/types/reconciliation"
import { scopedBalances } from "./helpers"
import type { AdminGetLedgerDailyTotalsParamsType } from "../validators"

/**
 * Ledger daily totals (docs/api.md#ledger-daily-totals): the last `days` UTC days per balance and currency, summed
 * from the ledger's lines; a merchant-scoped caller sees its merchants' accounts only.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerDailyTotalsParamsType>,
  res: MedusaResponse<LedgerDailyTotalsDocument>
) => {
  const { days, account_id } = req.validatedQuery
  const window = dailyWindow(days, new Date())
  const balances = await scopedBalances(req, account_id)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const data = balances ? await service.listLedgerDailyTotals(window, balances) : []
  res.json({ days, from: window.dates[0], to: window.dates[window.dates.length - 1], data })
}
