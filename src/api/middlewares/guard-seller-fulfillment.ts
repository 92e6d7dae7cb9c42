import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { readOrderLineSellers } from "../../workflows/sellers/utils/read-order-line-sellers"
import { loadActorGrants } from "../utils/access/caller-grants"
import { firstForeignItem, grantedMerchantScope, type RequestedItem } from "../utils/access/fulfillment-scope"
import { toErrorResponse } from "../utils/error-response"

/**
 * Guards Medusa's own `POST /admin/orders/:id/fulfillments` (docs/api.md#seller-fulfilments): a caller whose plugin
 * grants are all limited to merchants fulfils only the order's items sold by its merchants (the seller fixed in the
 * cart, or the one account of a one-seller order). Any other item, or one that is not a line of the order, is a
 * `404 not_found` naming it, before Medusa's handler runs, so nothing is written. Unlimited callers, callers with no
 * plugin grant, and orders the plugin did not take the payment for go to Medusa unchanged. The route is Medusa's,
 * so its other errors keep Medusa's body; this refusal is answered here in the plugin's body.
 */
export async function guardSellerFulfillment(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const actorId = req.auth_context?.actor_id
    const requested = (req.body as { items?: unknown } | undefined)?.items
    if (!actorId || !Array.isArray(requested)) {
      return next()
    }
    const grants = await loadActorGrants(req.scope, actorId, req.auth_context?.actor_type ?? "user")
    const merchantIds = grantedMerchantScope(grants)
    if (!merchantIds) {
      return next()
    }
    const order = await readOrderLineSellers(req.scope, req.params.id)
    if (!order?.mode) {
      return next()
    }
    const refused = firstForeignItem(requested as RequestedItem[], order.lines, merchantIds)
    if (refused === null) {
      return next()
    }
    const item = (requested[refused] as RequestedItem | null)?.id
    const { status, body } = toErrorResponse(
      new StripeConnectError(
        "not_found",
        `items.${refused}.id: item ${typeof item === "string" ? item : "(none)"} of order ${req.params.id} was not found`,
        { param: `items.${refused}.id` }
      )
    )
    res.status(status).json(body)
  } catch (error) {
    next(error)
  }
}
