import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { ReconciledPayoutDocument } from "../../../../../shared/types/reconciliation"
import { listBody, listPage, type ListBody } from "../../../../utils/list-params"
import { scopedAccounts } from "../helpers"
import { toReconciledPayoutDocument } from "../serializers"
import type { AdminGetReconciliationPayoutsParamsType } from "../validators"

/**
 * List reconciled payouts (docs/api.md#list-reconciled-payouts): per payout, account and currency, the figures of
 * the lines it settled and how many are matched and carry open mismatches; newest first.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReconciliationPayoutsParamsType>,
  res: MedusaResponse<ListBody<ReconciledPayoutDocument>>
) => {
  const page = listPage(req)
  const accounts = await scopedAccounts(req, req.validatedQuery.account_id)
  if (accounts !== null && !accounts.length) {
    return res.json(listBody([], 0, page))
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { rows, count } = await service.listPayoutSummaries(accounts, page)
  res.json(listBody(rows.map(toReconciledPayoutDocument), count, page))
}
