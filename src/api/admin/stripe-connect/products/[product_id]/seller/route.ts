import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignProductSellersWorkflow } from "../../../../../../workflows/sellers"
import type { ProductSellerResponse } from "../../../../../../shared/types/sellers"
import { getAccessScope } from "../../../../../utils/access-scope"
import { requestIdOf } from "../../../../../utils/request-id"
import { loadScopedAccount } from "../../../accounts/helpers"
import { assertProductExists, productSellerResponse } from "../../helpers"
import type { AdminSetProductSellerType } from "../../validators"

/** The product's seller, or null (docs/api.md#get-product-seller). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProductSellerResponse>) => {
  await assertProductExists(req, req.params.product_id)
  res.json(await productSellerResponse(req, req.params.product_id))
}

/**
 * Sets (`account_id`) or clears (null) the product's seller (docs/api.md#set-product-seller). Another merchant's
 * account is a 404; a product another merchant's account sells is a 409 for a merchant-scoped caller.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductSellerType>,
  res: MedusaResponse<ProductSellerResponse>
) => {
  const productId = req.params.product_id
  await assertProductExists(req, productId)
  const { account_id } = req.validatedBody
  const account = account_id ? await loadScopedAccount(req, account_id) : null
  await assignProductSellersWorkflow(req.scope).run({
    input: {
      target: account ? { connected_account_id: account.id, merchant_id: account.merchant_id } : null,
      product_ids: [productId],
      merchant_ids: getAccessScope(req).merchantIds,
      request_id: requestIdOf(req),
    },
  })
  res.json(await productSellerResponse(req, productId))
}
