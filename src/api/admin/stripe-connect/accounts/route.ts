import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { createConnectedAccountWorkflow } from "../../../../workflows/accounts"
import type { ConnectedAccountStatusDocument, CreateConnectedAccountResponse } from "../../../../shared/types/accounts"
import { canAccessMerchant, getAccessScope } from "../../../utils/access-scope"
import { requestIdOf } from "../../../utils/request-id"
import type { AdminCreateStripeConnectAccountType, AdminGetStripeConnectAccountsParamsType } from "./validators"
import { toAccountStatusDocument } from "./serializers"
import type { ListBody } from "../../../utils/list-params"
import { merchantListBody } from "../../../utils/merchant-list"

type AccountList = ListBody<ConnectedAccountStatusDocument>

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeConnectAccountsParamsType>,
  res: MedusaResponse<AccountList>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  res.json(
    await merchantListBody(
      req,
      req.validatedQuery,
      (filter, config) => service.listAndCountConnectedAccounts(filter, config),
      toAccountStatusDocument
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
