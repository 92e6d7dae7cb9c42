import type { StripeConnectRole } from "../../../types/roles"
import type { AccessRule } from "./policy"

export type RoleGrant = { role: StripeConnectRole; merchant_ids: string[] | null }

/** What a caller may do on one route: the roles that allowed it and the merchants it is limited to. */
export type AccessDecision =
  | { allowed: true; roles: StripeConnectRole[]; merchantIds: string[] | null }
  | { allowed: false; roles: StripeConnectRole[]; required: readonly StripeConnectRole[] }

/** Who the caller is, as far as the default role is concerned. */
export type GrantHistory = {
  actorType: string
  /** Whether the caller ever held a grant, revoked ones included. */
  everGranted: boolean
}

/**
 * The grants a caller acts with: its own; with none, the option `roles.defaultRole` (for every merchant), but only
 * for an admin user who never held a grant. A revoked user and a secret API key get nothing, so revoking a last
 * grant never falls back to a role.
 */
export function effectiveGrants(
  grants: RoleGrant[],
  defaultRole: StripeConnectRole | null,
  history: GrantHistory
): RoleGrant[] {
  if (grants.length || !defaultRole || history.everGranted || history.actorType !== "user") {
    return grants
  }
  return [{ role: defaultRole, merchant_ids: null }]
}

/**
 * Decides access from the caller's grants (see `effectiveGrants`). The merchant scope is the union of the scopes of
 * the grants that allow the route; one unscoped grant (merchant_ids null) lifts the limit.
 */
export function resolveAccess(rule: AccessRule, grants: RoleGrant[]): AccessDecision {
  const roles = unique(grants.map((grant) => grant.role))

  if (rule === "authenticated") {
    return { allowed: true, roles, merchantIds: mergeScopes(grants) }
  }
  const permitting = grants.filter((grant) => rule.includes(grant.role))
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
