import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { createConnectedAccountWorkflow } from "../../../../workflows/accounts"
import type { ConnectedAccountStatusDocument, CreateConnectedAccountResponse } from "../../../../shared/types/accounts"
import { canAccessMerchant, getAccessScope, merchantListFilter } from "../../../utils/access-scope"
import { requestIdOf } from "../../../utils/request-id"
import type { AdminCreateStripeConnectAccountType, AdminGetStripeConnectAccountsParamsType } from "./validators"
import { toAccountStatusDocument } from "./serializers"
import { listPage, listBody, type ListBody } from "../../../utils/list-params"

type AccountList = ListBody<ConnectedAccountStatusDocument>

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeConnectAccountsParamsType>,
  res: MedusaResponse<AccountList>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const page = listPage(req)
  const filter = merchantListFilter(req, req.validatedQuery)
  if (!filter) {
    return res.json(listBody([], 0, page))
  }
  const [accounts, count] = await service.listAndCountConnectedAccounts(filter, {
    ...page,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json(
    listBody(
      accounts.map((account) => toAccountStatusDocument(account)),
      count,
      page
    )
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateStripeConnectAccountType>,
  res: MedusaResponse<CreateConnectedAccountResponse>
) => {
  const { return_url, refresh_url, ...body } = req.validatedBody
  if (!canAccessMerchant(getAccessScope(req), body.merchant_id)) {
    throw new StripeConnectError("forbidden", `You cannot create accounts for merchant ${body.merchant_id}`)
  }
  const { result } = await createConnectedAccountWorkflow(req.scope).run({
    input: { ...body, return_url, refresh_url, request_id: requestIdOf(req) },
  })
  res.json({
    account_id: result.account.stripe_account_id,
    merchant_id: result.account.merchant_id,
    status: result.account.status,
    onboarding_url: result.onboarding_link?.url ?? null,
    onboarding_expires_at: result.onboarding_link?.expires_at ?? null,
    created_at: new Date(result.account.created_at).toISOString(),
  })
}
