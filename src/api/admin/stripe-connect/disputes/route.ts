import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type DisputeDocument } from "../../../../shared/types/disputes"
import { listScopedDisputes } from "./helpers"
import type { AdminGetDisputesParamsType } from "./validators"
import { toDisputeDocument } from "./serializers"

type DisputeList = { data: DisputeDocument[]; count: number; offset: number; limit: number }

/**
 * List disputes (docs/api.md#list-disputes): newest first, or `order=urgency`; filters `account_id`, `status`,
 * `payment_intent_id`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDisputesParamsType>,
  res: MedusaResponse<DisputeList>
) => {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { disputes, count } = await listScopedDisputes(req, req.validatedQuery, { skip, take })
  res.json({ data: disputes.map(toDisputeDocument), count, offset: skip, limit: take })
}
