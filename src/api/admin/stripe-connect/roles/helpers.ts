import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { resolveAccessPolicy } from "../../../utils/access/policy"
import { loadActorGrants } from "../../../utils/access/caller-grants"
import { checkGrant } from "../../../utils/access/grant-guard"
import type { RoleGrant } from "../../../utils/access/resolve-access"

/**
 * Refuses (403 `forbidden`) a role change the caller may not make: one of its own grants, or a grant above the
 * caller's roles or outside its merchants (docs/api.md#assign-role). Each of `grants` is checked: the grant asked
 * for, and the one it replaces or revokes.
 */
export async function assertMayChangeGrants(
  req: AuthenticatedMedusaRequest,
  actorId: string,
  grants: RoleGrant[]
): Promise<void> {
  const caller = req.auth_context.actor_id
  if (actorId === caller) {
    throw new StripeConnectError("forbidden", "actor_id: nobody changes their own roles; ask another admin", {
      param: "actor_id",
    })
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const entries = resolveAccessPolicy((await service.getOptions()).roles.policy)
  const callerGrants = await loadActorGrants(req.scope, caller, req.auth_context.actor_type ?? "user")
  for (const grant of grants) {
    const check = checkGrant(entries, callerGrants, grant)
    if (!check.ok) {
      throw new StripeConnectError("forbidden", check.reason, { param: check.param })
    }
  }
}
