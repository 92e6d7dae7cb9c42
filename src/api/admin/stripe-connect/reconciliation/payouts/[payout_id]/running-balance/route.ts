import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { buildPayoutRunningBalance } from "../../../../../../../modules/stripe-connect/reconciliation/payout-running-balance"
import type { PayoutRunningBalanceDocument } from "../../../../../../../shared/types/payout-running-balance"
import { listBody, listPage } from "../../../../../../utils/list-params"
import { scopedAccounts } from "../../../helpers"
import { toReconciledLineDocument } from "../../../serializers"
import type { AdminGetPayoutRunningBalanceParamsType } from "../../../validators"

/**
 * Payout running balance (docs/api.md#payout-running-balance): the lines of the payout's balance since the
 * previous payout, the balance before them, the payout as a debit and the balance after it. A payout the caller
 * may not see (or with no line in the ledger) is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutRunningBalanceParamsType>,
  res: MedusaResponse<PayoutRunningBalanceDocument>
) => {
  const page = listPage(req)
  const payoutId = req.params.payout_id
  const accounts = await scopedAccounts(req, undefined)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const found =
    accounts === null || accounts.length ? await service.retrievePayoutRunningBalance(payoutId, accounts, page) : null
  if (!found) {
    throw new StripeConnectError("not_found", `Payout ${payoutId} has no line in the ledger`)
  }
  res.json({
    ...buildPayoutRunningBalance(found),
    ...listBody(found.lines.map(toReconciledLineDocument), found.period.lines, page),
  })
}
