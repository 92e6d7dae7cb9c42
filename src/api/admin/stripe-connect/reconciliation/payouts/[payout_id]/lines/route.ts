import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReconciledLineDocument } from "../../../../../../../shared/types/reconciliation"
import { StripeConnectError } from "../../../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { listBody, listPage, type ListBody } from "../../../../../../utils/list-params"
import { listScopedLines } from "../../../helpers"
import { toReconciledLineDocument } from "../../../serializers"
import type { AdminGetReconciliationPayoutLinesParamsType } from "../../../validators"

/**
 * Payout lines (docs/api.md#payout-lines): the lines a payout settled (and its own line), newest first, each with
 * the record and order it was matched to. A payout the caller may not see (or with no line) is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReconciliationPayoutLinesParamsType>,
  res: MedusaResponse<ListBody<ReconciledLineDocument>>
) => {
  const page = listPage(req)
  const payoutId = req.params.payout_id
  const { lines, count } = await listScopedLines(req, { payout_id: payoutId }, page)
  if (!count) {
    throw new StripeConnectError("not_found", `Payout ${payoutId} has no lines in the ledger`)
  }
  res.json(listBody(lines.map(toReconciledLineDocument), count, page))
}
