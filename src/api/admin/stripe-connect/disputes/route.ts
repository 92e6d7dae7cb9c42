import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type DisputeDocument } from "../../../../shared/types/disputes"
import { listScopedDisputes } from "./helpers"
import type { AdminGetDisputesParamsType } from "./validators"
import { toDisputeDocument } from "./serializers"
import { listPage, listBody, type ListBody } from "../../../utils/list-params"

type DisputeList = ListBody<DisputeDocument>

/**
 * List disputes (docs/api.md#list-disputes): newest first, or `order=urgency`; filters `account_id`, `status`,
 * `payment_intent_id`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDisputesParamsType>,
  res: MedusaResponse<DisputeList>
) => {
  const page = listPage(req)
  const { disputes, count } = await listScopedDisputes(req, req.validatedQuery, page)
  res.json(listBody(disputes.map(toDisputeDocument), count, page))
}
