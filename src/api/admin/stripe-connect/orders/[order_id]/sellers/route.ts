import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SellerTransferDocument } from "../../../../../../shared/types/seller-transfers"
import { listBody, listPage, type ListBody } from "../../../../../utils/list-params"
import { listScopedOrderSellers, platformLivemode } from "../../helpers"
import { toSellerTransferDocument } from "../../serializers"
import type { AdminGetOrderSellersParamsType } from "../../validators"

/** The sellers of a multi-seller order: their parts, fees, transfers and debts (docs/api.md#list-order-sellers). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOrderSellersParamsType>,
  res: MedusaResponse<ListBody<SellerTransferDocument>>
) => {
  const rows = await listScopedOrderSellers(req, req.params.order_id)
  const page = listPage(req)
  const shown = rows.slice(page.skip, page.skip + page.take)
  const livemode = await platformLivemode(req)
  res.json(
    listBody(
      shown.map((row) => toSellerTransferDocument(row, livemode)),
      rows.length,
      page
    )
  )
}
