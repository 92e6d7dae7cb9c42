import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BalanceTransactionListResponse } from "../../../../shared/types/reconciliation"
import { listScopedBalanceTransactions } from "./helpers"
import { toBalanceTransactionDocument } from "./serializers"
import type { AdminGetStripeBalanceTransactionsParamsType } from "./validators"

/**
 * List balance transactions (docs/api.md#list-balance-transactions): the ledger's lines newest first; filters
 * `account_id` (`platform` for the platform's), `payout_id`, `type`, `currency`, `created[gte]`, `created[lte]`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeBalanceTransactionsParamsType>,
  res: MedusaResponse<BalanceTransactionListResponse>
) => {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { lines, count } = await listScopedBalanceTransactions(req, req.validatedQuery, { skip, take })
  res.json({ data: lines.map(toBalanceTransactionDocument), count, offset: skip, limit: take })
}
