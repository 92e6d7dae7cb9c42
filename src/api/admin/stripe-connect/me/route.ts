import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { resolveAccessPolicy } from "../../../utils/access/policy"
import { grantedCapabilities } from "../../../utils/access/capabilities"
import { hasAnyRole } from "../../../utils/access/resolve-access"
import { getAccessScope } from "../../../utils/access-scope"
import type { MeResponse } from "../../../../shared/types/access"

/**
 * The caller's roles and what they allow, so the admin UI can hide what a role cannot do (the API still checks).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<MeResponse>) => {
  const scope = getAccessScope(req)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const policy = resolveAccessPolicy((await service.getOptions()).roles.policy)
  const permissions = policy
    .filter(({ rule }) => rule === "authenticated" || hasAnyRole(scope.roles, rule))
    .map(({ key }) => key)
  const capabilities = grantedCapabilities(scope.grants)

  res.json({
    actor_id: scope.actorId,
    actor_type: scope.actorType,
    roles: scope.roles,
    merchant_ids: scope.merchantIds,
    permissions,
    capabilities,
  })
}
