import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import type { SellerTransferDocument } from "../../../../../../shared/types/seller-transfers"
import { listBody, listPage, type ListBody } from "../../../../../utils/list-params"
import { platformLivemode } from "../../../orders/helpers"
import { toSellerTransferDocument } from "../../../orders/serializers"
import { loadScopedAccount } from "../../helpers"
import type { AdminGetAccountSellerTransfersParamsType } from "../../validators"

/** The account's parts of multi-seller orders, newest first (docs/api.md#list-account-seller-transfers). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAccountSellerTransfersParamsType>,
  res: MedusaResponse<ListBody<SellerTransferDocument>>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const page = listPage(req)
  const { status } = req.validatedQuery
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [rows, count] = await service.listAndCountStripeConnectSellerTransfers(
    { stripe_account_id: account.stripe_account_id, ...(status ? { status: ([] as string[]).concat(status) } : {}) },
    { ...page, order: { created_at: "DESC", id: "DESC" } }
  )
  const livemode = await platformLivemode(req)
  res.json(
    listBody(
      rows.map((row) => toSellerTransferDocument(row, livemode)),
      count,
      page
    )
  )
}
