import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { resolveAccessPolicy } from "../utils/access/policy"
import { matchAccessRule } from "../utils/access/match-route"
import { resolveAccess } from "../utils/access/resolve-access"
import { loadActorGrants } from "../utils/access/caller-grants"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { setAccessScope } from "../utils/access-scope"

/**
 * The one access check of the plugin's admin routes. Medusa has already authenticated the caller (session,
 * bearer token or secret API key: 401 otherwise); this finds the route in the policy table, loads the caller's
 * role grants and answers 403 `forbidden` when none of them is allowed (a caller without any grant included).
 * Routes missing from the table are refused.
 */
export async function authorizeStripeConnect(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const actorId = req.auth_context?.actor_id
    if (!actorId) {
      throw new StripeConnectError("forbidden", "No authenticated admin user or API key on this request")
    }
    const actorType = req.auth_context?.actor_type ?? "user"
    const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { roles: roleOptions } = await service.getOptions()
    const path = req.originalUrl.split("?")[0]
    const matched = matchAccessRule(resolveAccessPolicy(roleOptions.policy), req.method, path)
    if (!matched) {
      throw new StripeConnectError("forbidden", `No access rule allows ${req.method} ${path}`)
    }

    const grants = await loadActorGrants(req.scope, actorId, actorType)
    const decision = resolveAccess(matched.rule, grants)
    if (!decision.allowed) {
      const held = decision.roles.length ? `; the caller holds ${decision.roles.join(", ")}` : "; the caller holds none"
      throw new StripeConnectError(
        "forbidden",
        `${req.method} ${matched.key.split(" ")[1]} requires one of the roles: ${decision.required.join(", ")}${held}`
      )
    }
    setAccessScope(req, { actorId, actorType, roles: decision.roles, merchantIds: decision.merchantIds, grants })
    next()
  } catch (error) {
    next(error)
  }
}
