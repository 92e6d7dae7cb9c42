import type { StripeConnectRole } from "../../../types/roles"
import { DEFAULT_CAPABILITY_POLICY, type AccessPolicyEntry } from "./policy"
import type { RoleGrant } from "./resolve-access"

export type GrantCheck = { ok: true } | { ok: false; param: "role" | "merchant_ids"; reason: string }

/**
 * What a role allows under the policy in force: the keys of the entries that list it, and the capabilities.
 * Entries open to any authenticated caller are left out (everyone has them).
 */
export function permissionsOfRole(entries: AccessPolicyEntry[], role: StripeConnectRole): Set<string> {
  const routes = entries.filter(({ rule }) => rule !== "authenticated" && rule.includes(role)).map(({ key }) => key)
  const capabilities = Object.entries(DEFAULT_CAPABILITY_POLICY)
    .filter(([, roles]) => (roles as readonly StripeConnectRole[]).includes(role))
    .map(([name]) => `capability ${name}`)
  return new Set([...routes, ...capabilities])
}

/** Whether a grant's merchants include every merchant of `scope` (null: every merchant). */
export function scopeCovers(grantScope: string[] | null, scope: string[] | null): boolean {
  if (grantScope === null) {
    return true
  }
  return scope !== null && scope.every((merchantId) => grantScope.includes(merchantId))
}

/**
 * Whether a caller holding `callerGrants` may give (or take away) `target`. The role order is the policy's: a role
 * is above the caller's when it allows something (a route or a capability) that none of the caller's grants covering
 * the target's merchants allows. With the default table that gives pos_staff < payment_admin < platform_admin =
 * system_admin < super_admin, and tenant_admin above pos_staff only. The target's merchants must lie within one of
 * the caller's grants (an unscoped target needs an unscoped grant).
 */
export function checkGrant(entries: AccessPolicyEntry[], callerGrants: RoleGrant[], target: RoleGrant): GrantCheck {
  const covering = callerGrants.filter((grant) => scopeCovers(grant.merchant_ids, target.merchant_ids))
  if (!covering.length) {
    const asked = target.merchant_ids === null ? "every merchant" : target.merchant_ids.join(", ")
    return { ok: false, param: "merchant_ids", reason: `merchant_ids: your roles do not cover ${asked}` }
  }
  const held = new Set(covering.flatMap((grant) => [...permissionsOfRole(entries, grant.role)]))
  const beyond = [...permissionsOfRole(entries, target.role)].filter((permission) => !held.has(permission))
  if (beyond.length) {
    return {
      ok: false,
      param: "role",
      reason: `role: ${target.role} allows ${beyond[0]}${beyond.length > 1 ? ` and ${beyond.length - 1} more` : ""}, which your roles do not`,
    }
  }
  return { ok: true }
}
