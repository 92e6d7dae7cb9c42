import type { StripeConnectRole } from "../../../types/roles"
import type { AccessRule } from "./policy"

export type RoleGrant = { role: StripeConnectRole; merchant_ids: string[] | null }

/** What a caller may do on one route: the roles that allowed it and the merchants it is limited to. */
export type AccessDecision =
  | { allowed: true; roles: StripeConnectRole[]; merchantIds: string[] | null }
  | { allowed: false; roles: StripeConnectRole[]; required: readonly StripeConnectRole[] }

/**
 * Decides access from the caller's role grants. A caller without any grant gets the default role (for all
 * merchants) when one is configured. The merchant scope is the union of the scopes of the grants that allow
 * the route; one unscoped grant (merchant_ids null) lifts the limit.
 */
export function resolveAccess(
  rule: AccessRule,
  grants: RoleGrant[],
  defaultRole: StripeConnectRole | null
): AccessDecision {
  const effective: RoleGrant[] =
    grants.length > 0 ? grants : defaultRole ? [{ role: defaultRole, merchant_ids: null }] : []
  const roles = unique(effective.map((grant) => grant.role))

  if (rule === "authenticated") {
    return { allowed: true, roles, merchantIds: mergeScopes(effective) }
  }
  const permitting = effective.filter((grant) => rule.includes(grant.role))
  if (!permitting.length) {
    return { allowed: false, roles, required: rule }
  }
  return { allowed: true, roles, merchantIds: mergeScopes(permitting) }
}

/** Whether any of the caller's roles is in the list (used for capabilities like reading payloads). */
export function hasAnyRole(roles: readonly StripeConnectRole[], allowed: readonly StripeConnectRole[]): boolean {
  return roles.some((role) => allowed.includes(role))
}

function mergeScopes(grants: RoleGrant[]): string[] | null {
  if (grants.some((grant) => grant.merchant_ids === null)) {
    return null
  }
  return unique(grants.flatMap((grant) => grant.merchant_ids ?? []))
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
