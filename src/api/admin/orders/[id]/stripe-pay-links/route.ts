import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderInScope, orderNotFound } from "../../../../utils/scoped-order"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { PayLinkDocument } from "../../../../../shared/types/invoices"
import { merchantScopeFilter } from "../../../../utils/access-scope"
import type { AdminGetStripePayLinksParamsType } from "../../../stripe-connect/pay-links/validators"
import { toPayLinkDocument } from "../../../stripe-connect/pay-links/serializers"

type PayLinkList = { data: PayLinkDocument[]; count: number; offset: number; limit: number }

/** The order's pay links with their status (open, completed, expired), newest first, narrowed to the caller's merchants. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripePayLinksParamsType>,
  res: MedusaResponse<PayLinkList>
) => {
  await assertOrderInScope(req, req.params.id, orderNotFound(req.params.id))
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return res.json({ data: [], count: 0, offset: skip, limit: take })
  }
  const status = req.validatedQuery.status
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [links, count] = await service.listAndCountStripeConnectPayLinks(
    {
      order_id: req.params.id,
      ...(status ? { status: ([] as string[]).concat(status) } : {}),
      ...scope,
    },
    { skip, take, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ data: links.map(toPayLinkDocument), count, offset: skip, limit: take })
}
