import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startIntegrationAuthorizationWorkflow } from "../../../../../../workflows/integrations"
import { loadScopedIntegration } from "../../helpers"

/**
 * Start integration authorization (docs/api.md#start-integration-authorization): `{ authorize_url, expires_at }`. The
 * URL carries a single-use state bound to this integration and this admin, valid for ten minutes.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ authorize_url: string; expires_at: string }>
) => {
  const integration = await loadScopedIntegration(req, req.params.id)
  const { result } = await startIntegrationAuthorizationWorkflow(req.scope).run({
    input: { integration_id: integration.id, actor_id: req.auth_context.actor_id },
  })
  res.json(result)
}
