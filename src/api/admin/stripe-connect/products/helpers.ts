import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import type { ConnectedAccountRow } from "../../../../modules/stripe-connect/types"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { readProductSellers } from "../../../../workflows/sellers/utils/read-product-sellers"
import type { ProductSellerDocument, ProductSellerResponse } from "../../../../shared/types/sellers"
import { assertMerchantAccess } from "../../../utils/access-scope"

/** Whether Stripe's `transfers` capability of the account is active. */
export function transfersActive(account: Pick<ConnectedAccountRow, "capabilities">): boolean {
  return (account.capabilities as Record<string, unknown> | null)?.transfers === "active"
}

export function toProductSellerDocument(account: ConnectedAccountRow): ProductSellerDocument {
  return {
    account_id: account.stripe_account_id,
    merchant_id: account.merchant_id,
    status: account.status,
    charges_enabled: account.charges_enabled,
    transfers_active: transfersActive(account),
  }
}

/** 404 `not_found` unless the product exists. */
export async function assertProductExists(req: MedusaRequest, productId: string): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (!data.length) {
    throw new StripeConnectError("not_found", `Product ${productId} was not found`)
  }
}

/**
 * The product's seller document. A product sold by an account of a merchant outside the caller's scope is a 404, as
 * every other merchant's record is.
 */
export async function productSellerResponse(req: MedusaRequest, productId: string): Promise<ProductSellerResponse> {
  const [current] = await readProductSellers(req.scope, [productId])
  if (!current) {
    return { product_id: productId, seller: null }
  }
  assertMerchantAccess(
    req,
    current.merchant_id,
    () => new StripeConnectError("not_found", `Product ${productId} was not found`)
  )
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const account = await service.retrieveConnectedAccount(current.connected_account_id)
  return { product_id: productId, seller: toProductSellerDocument(account) }
}
