import { DEFAULT_CAPABILITY_POLICY, type StripeConnectCapability } from "./policy"
import { resolveAccess, type RoleGrant } from "./resolve-access"

/**
 * The capabilities an actor's grants give: one of the capability's roles, and for `override_application_fee` that
 * role granted for every merchant (a fee set by hand is a platform decision, docs/api.md#create-payment).
 */
export function grantedCapabilities(grants: RoleGrant[]): StripeConnectCapability[] {
  return (Object.keys(DEFAULT_CAPABILITY_POLICY) as StripeConnectCapability[]).filter((name) => {
    const decision = resolveAccess(DEFAULT_CAPABILITY_POLICY[name], grants)
    return decision.allowed && (name !== "override_application_fee" || decision.merchantIds === null)
  })
}
