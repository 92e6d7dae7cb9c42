import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { type IntegrationResponse } from "../../../../../../shared/types/integrations"
import { disconnectStripeIntegrationWorkflow } from "../../../../../../workflows/integrations"
import { loadScopedIntegration } from "../../helpers"
import { toIntegrationResponse } from "../../serializers"

/**
 * Disconnect integration (docs/api.md#disconnect-integration): revokes the OAuth access at Stripe and forgets the
 * tokens. Answers with the instance, now disconnected.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ integration: IntegrationResponse }>
) => {
  const integration = await loadScopedIntegration(req, req.params.id)
  await disconnectStripeIntegrationWorkflow(req.scope).run({ input: { id: integration.id, reason: "admin" } })
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const updated = await service.retrieveStripeIntegration(integration.id)
  res.json({ integration: toIntegrationResponse(updated) })
}
