import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderVisible, orderNotFound } from "../../../../utils/scoped-order"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { PayLinkDocument } from "../../../../../shared/types/invoices"
import { merchantScopeFilter } from "../../../../utils/access-scope"
import type { AdminGetStripePayLinksParamsType } from "../../../stripe-connect/pay-links/validators"
import { toPayLinkDocument } from "../../../stripe-connect/pay-links/serializers"
import { listPage, listBody, type ListBody } from "../../../../utils/list-params"

type PayLinkList = ListBody<PayLinkDocument>

/** The order's pay links with their status (open, completed, expired), newest first, narrowed to the caller's merchants. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripePayLinksParamsType>,
  res: MedusaResponse<PayLinkList>
) => {
  await assertOrderVisible(req, req.params.id, orderNotFound(req.params.id))
  const page = listPage(req)
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return res.json(listBody([], 0, page))
  }
  const status = req.validatedQuery.status
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [links, count] = await service.listAndCountStripeConnectPayLinks(
    {
      order_id: req.params.id,
      ...(status ? { status: ([] as string[]).concat(status) } : {}),
      ...scope,
    },
    { ...page, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json(listBody(links.map(toPayLinkDocument), count, page))
}
