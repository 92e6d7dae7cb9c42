import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { assertMerchantAccess } from "../../../utils/access-scope"
import type { IntegrationRow } from "../../../../modules/stripe-connect/types"

/**
 * The integration named by `:id`, or 404 `not_found` when there is none or it is outside the caller's merchant
 * scope (platform-wide instances, without a merchant, are outside every merchant-scoped user's scope).
 */
export async function loadScopedIntegration(req: MedusaRequest, id: string): Promise<IntegrationRow> {
  const notFound = () => new StripeConnectError("not_found", `Stripe integration ${id} was not found`)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [integration] = await service.listStripeIntegrations({ id }, { take: 1 })
  if (!integration) {
    throw notFound()
  }
  assertMerchantAccess(req, integration.merchant_id, notFound)
  return integration
}
