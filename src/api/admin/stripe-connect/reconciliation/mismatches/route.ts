import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { MismatchDocument } from "../../../../../shared/types/reconciliation"
import { listBody, listPage, type ListBody } from "../../../../utils/list-params"
import { scopedAccountFilter } from "../helpers"
import { toMismatchDocument } from "../serializers"
import type { AdminGetReconciliationMismatchesParamsType } from "../validators"

/**
 * List mismatches (docs/api.md#list-mismatches), newest first; filters `state`, `reason`, `account_id`. A caller
 * limited to some merchants sees its merchants' accounts' mismatches only.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReconciliationMismatchesParamsType>,
  res: MedusaResponse<ListBody<MismatchDocument>>
) => {
  const page = listPage(req)
  const query = req.validatedQuery
  const accounts = await scopedAccountFilter(req, query.account_id)
  if (!accounts) {
    return res.json(listBody([], 0, page))
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [rows, count] = await service.listAndCountStripeConnectReconciliationMismatches(
    {
      ...accounts,
      ...(query.state ? { state: query.state } : {}),
      ...(query.reason ? { reason: query.reason } : {}),
    },
    { skip: page.skip, take: page.take, order: { detected_at: "DESC", id: "DESC" } }
  )
  res.json(listBody(rows.map(toMismatchDocument), count, page))
}
