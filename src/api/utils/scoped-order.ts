import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { findOrderOwner } from "../../workflows/accounts/utils/order-owner"
import { canAccessMerchant, getAccessScope } from "./access-scope"

/**
 * For a merchant-scoped caller, throws `notFound()` unless the Medusa order exists and belongs to one of the
 * caller's merchants (its sales channel's account, docs/api.md#merchant-scope): another merchant's order answers
 * exactly as a missing one. Unscoped callers pass; the route decides what a missing order means for them.
 */
export async function assertOrderInScope(
  req: MedusaRequest,
  orderId: string,
  notFound: () => StripeConnectError
): Promise<void> {
  const scope = getAccessScope(req)
  if (scope.merchantIds === null) {
    return
  }
  const owner = await findOrderOwner(req.scope, orderId)
  if (!owner || !canAccessMerchant(scope, owner.merchant_id)) {
    throw notFound()
  }
}

/**
 * For reading an order's records (`GET /admin/orders/:id/stripe-*`): as `assertOrderInScope`, and a
 * merchant-scoped caller also reaches a multi-seller order in which one of its merchants sells (a seller row of
 * the order names the merchant, docs/api.md#merchant-scope). The route's list then shows only that merchant's
 * records. Writes for an order keep `assertOrderInScope`: a seller does not invoice or bill the marketplace's order.
 */
export async function assertOrderVisible(
  req: MedusaRequest,
  orderId: string,
  notFound: () => StripeConnectError
): Promise<void> {
  const { merchantIds } = getAccessScope(req)
  if (merchantIds?.length) {
    const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [sells] = await service.listStripeConnectSellerTransfers(
      { order_id: orderId, merchant_id: merchantIds },
      { take: 1, select: ["id"] }
    )
    if (sells) {
      return
    }
  }
  await assertOrderInScope(req, orderId, notFound)
}

/** The 404 of an order named in the path (`/admin/orders/:id/...`). */
export const orderNotFound = (orderId: string) => () =>
  new StripeConnectError("not_found", `Order ${orderId} was not found`)

/** The 404 of an order named by a body's `order_id`: the same body the workflows answer for a missing order. */
export const orderIdNotFound = (orderId: string) => () =>
  new StripeConnectError("not_found", `order_id: order ${orderId} was not found`, { param: "order_id" })
