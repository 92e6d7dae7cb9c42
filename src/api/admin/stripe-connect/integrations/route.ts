import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeModeFromApiKey } from "../../../../modules/stripe-connect/accounts/stripe-mode"
import { type IntegrationResponse } from "../../../../shared/types/integrations"
import { createStripeIntegrationWorkflow } from "../../../../workflows/integrations"
import { canAccessMerchant, getAccessScope } from "../../../utils/access-scope"
import type { AdminCreateStripeIntegrationType, AdminGetStripeIntegrationsParamsType } from "./validators"
import { toIntegrationResponse } from "./serializers"
import type { ListBody } from "../../../utils/list-params"
import { merchantListBody } from "../../../utils/merchant-list"

type IntegrationList = ListBody<IntegrationResponse>

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeIntegrationsParamsType>,
  res: MedusaResponse<IntegrationList>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  res.json(
    await merchantListBody(
      req,
      req.validatedQuery,
      (filter, config) => service.listAndCountStripeIntegrations(filter, config),
      toIntegrationResponse
    )
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateStripeIntegrationType>,
  res: MedusaResponse<{ integration: IntegrationResponse }>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const platformMode = stripeModeFromApiKey((await service.getOptions()).apiKey)
  const { name, mode = platformMode, merchant_id = null } = req.validatedBody
  if (mode !== platformMode) {
    throw new StripeConnectError(
      "invalid_request",
      `mode: this store's Stripe key is a ${platformMode} key, so integrations can only be connected in ${platformMode} mode`,
      { param: "mode" }
    )
  }
  if (!canAccessMerchant(getAccessScope(req), merchant_id)) {
    throw new StripeConnectError(
      "forbidden",
      merchant_id
        ? `You cannot create integrations for merchant ${merchant_id}`
        : "merchant_id: your roles are limited to some merchants, so an integration must name one of them"
    )
  }
  const { result } = await createStripeIntegrationWorkflow(req.scope).run({ input: { name, mode, merchant_id } })
  res.json({ integration: toIntegrationResponse(result) })
}
