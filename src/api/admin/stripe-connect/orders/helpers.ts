import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import type { SellerTransferRow } from "../../../../modules/stripe-connect/types"
import { merchantScopeFilter } from "../../../utils/access-scope"
import { stripeModeFromApiKey } from "../../../../modules/stripe-connect/accounts/stripe-mode"

/** Whether the platform works in live mode (its API key's prefix says). */
export async function platformLivemode(req: MedusaRequest): Promise<boolean> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  return stripeModeFromApiKey((await service.getOptions()).apiKey) === "live"
}

/**
 * The seller rows of an order the caller may see: all of them for an unscoped caller, only its merchants' rows
 * for a merchant-scoped one. An order with none visible is 404, as an unknown one is.
 */
export async function listScopedOrderSellers(
  req: MedusaRequest,
  orderId: string,
  extra: { stripe_account_id?: string } = {}
): Promise<SellerTransferRow[]> {
  const scope = merchantScopeFilter(req)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const rows = scope
    ? await service.listStripeConnectSellerTransfers(
        { order_id: orderId, ...scope, ...extra },
        { order: { stripe_account_id: "ASC", id: "ASC" } }
      )
    : []
  if (!rows.length) {
    throw new StripeConnectError("not_found", `No seller of order ${orderId} found`, {
      param: extra.stripe_account_id ? "account_id" : "order_id",
    })
  }
  return rows
}
