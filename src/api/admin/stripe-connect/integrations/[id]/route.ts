import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type IntegrationResponse } from "../../../../../shared/types/integrations"
import { loadScopedIntegration } from "../helpers"
import { toIntegrationResponse } from "../serializers"

/**
 * Show integration (docs/api.md#show-integration): connection status, capabilities and an account snapshot; never
 * tokens.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ integration: IntegrationResponse }>
) => {
  const integration = await loadScopedIntegration(req, req.params.id)
  res.json({ integration: toIntegrationResponse(integration) })
}
