import type { MedusaRequest } from "@medusajs/framework/http"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
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

/** The 404 of an order named in the path (`/admin/orders/:id/...`). */
export const orderNotFound = (orderId: string) => () =>
  new StripeConnectError("not_found", `Order ${orderId} was not found`)

/** The 404 of an order named by a body's `order_id`: the same body the workflows answer for a missing order. */
export const orderIdNotFound = (orderId: string) => () =>
  new StripeConnectError("not_found", `order_id: order ${orderId} was not found`, { param: "order_id" })
