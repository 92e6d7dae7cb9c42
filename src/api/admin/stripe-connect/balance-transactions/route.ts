import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BalanceTransactionListResponse } from "../../../../shared/types/reconciliation"
import { listScopedBalanceTransactions } from "./helpers"
import { toBalanceTransactionDocument } from "./serializers"
import type { AdminGetStripeBalanceTransactionsParamsType } from "./validators"
import { listBody, listPage } from "../../../utils/list-params"

/**
 * List balance transactions (docs/api.md#list-balance-transactions): the ledger's lines newest first; filters
 * `account_id` (`platform` for the platform's), `payout_id`, `type`, `currency`, `created[gte]`, `created[lte]`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeBalanceTransactionsParamsType>,
  res: MedusaResponse<BalanceTransactionListResponse>
) => {
  const page = listPage(req)
  const { lines, count } = await listScopedBalanceTransactions(req, req.validatedQuery, page)
  res.json(listBody(lines.map(toBalanceTransactionDocument), count, page))
}
