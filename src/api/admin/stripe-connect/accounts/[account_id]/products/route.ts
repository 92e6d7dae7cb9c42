import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductConnectedAccountLink from "../../../../../../links/product-connected-account"
import { assignProductSellersWorkflow } from "../../../../../../workflows/sellers"
import type { AssignSellerProductsResponse, SellerProductDocument } from "../../../../../../shared/types/sellers"
import { getAccessScope } from "../../../../../utils/access-scope"
import { requestIdOf } from "../../../../../utils/request-id"
import { listBody, listPage, type ListBody } from "../../../../../utils/list-params"
import { loadScopedAccount } from "../../helpers"
import type { AdminAssignAccountProductsType, AdminGetAccountProductsParamsType } from "../../validators"

type ProductRow = { title?: string | null; handle?: string | null; status?: string | null; thumbnail?: string | null }

/** The products the account sells, oldest assignment first (docs/api.md#list-account-products). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAccountProductsParamsType>,
  res: MedusaResponse<ListBody<SellerProductDocument>>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const page = listPage(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: ProductConnectedAccountLink.entryPoint,
    fields: ["product_id", "product.title", "product.handle", "product.status", "product.thumbnail"],
    filters: { connected_account_id: account.id },
    pagination: { skip: page.skip, take: page.take, order: { created_at: "ASC", id: "ASC" } },
  })
  const rows = data as { product_id: string; product?: ProductRow | null }[]
  res.json(
    listBody(
      rows.map((row) => ({
        product_id: row.product_id,
        title: row.product?.title ?? null,
        handle: row.product?.handle ?? null,
        status: row.product?.status ?? null,
        thumbnail: row.product?.thumbnail ?? null,
      })),
      metadata?.count ?? rows.length,
      page
    )
  )
}

/**
 * Makes the account the seller of products (named, a collection's, a sales channel's) and takes others away
 * (docs/api.md#assign-account-products). A merchant-scoped caller: its own accounts only (others are 404), and a
 * product another merchant's account sells is a 409 with nothing changed.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignAccountProductsType>,
  res: MedusaResponse<AssignSellerProductsResponse>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const body = req.validatedBody
  const { result } = await assignProductSellersWorkflow(req.scope).run({
    input: {
      target: { connected_account_id: account.id, merchant_id: account.merchant_id },
      product_ids: body.product_ids,
      collection_id: body.collection_id ?? null,
      sales_channel_id: body.sales_channel_id ?? null,
      remove_product_ids: body.remove_product_ids,
      merchant_ids: getAccessScope(req).merchantIds,
      request_id: requestIdOf(req),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: ProductConnectedAccountLink.entryPoint,
    fields: ["product_id"],
    filters: { connected_account_id: account.id },
    pagination: { skip: 0, take: 1 },
  })
  res.json({
    account_id: account.stripe_account_id,
    assigned_product_ids: result.assigned,
    removed_product_ids: result.removed,
    product_count: metadata?.count ?? 0,
  })
}
