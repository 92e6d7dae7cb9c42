import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderSellerDocument } from "../../../../../../shared/types/seller-transfers"
import { readOrderLineSellers } from "../../../../../../workflows/sellers/utils/read-order-line-sellers"
import { listBody, listPage, type ListBody } from "../../../../../utils/list-params"
import { listScopedOrderSellers, platformLivemode } from "../../helpers"
import { toOrderSellerDocument } from "../../serializers"
import type { AdminGetOrderSellersParamsType } from "../../validators"

/**
 * The sellers of a multi-seller order: their parts, fees, transfers and debts, and each seller's lines
 * (docs/api.md#list-order-sellers). A merchant-scoped caller gets only its merchants' rows, so only their lines.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderSellersParamsType>,
  res: MedusaResponse<ListBody<OrderSellerDocument>>
) => {
  const rows = await listScopedOrderSellers(req, req.params.order_id)
  const page = listPage(req)
  const shown = rows.slice(page.skip, page.skip + page.take)
  const livemode = await platformLivemode(req)
  const order = await readOrderLineSellers(req.scope, req.params.order_id)
  const lines = order?.lines ?? []
  res.json(
    listBody(
      shown.map((row) => toOrderSellerDocument(row, livemode, lines)),
      rows.length,
      page
    )
  )
}
