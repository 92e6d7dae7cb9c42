import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { effectiveGrants, type RoleGrant } from "./resolve-access"

/**
 * The grants an actor acts with (see `effectiveGrants`): its live role assignments, or the default role for an
 * admin user who never held one. Revoked assignments are read too, only to tell "revoked" from "never granted".
 */
export async function loadActorGrants(
  scope: MedusaContainer,
  actorId: string,
  actorType: string
): Promise<RoleGrant[]> {
  const service = scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { roles: roleOptions } = await service.getOptions()
  const assignments = await service.listRoleAssignments(
    { actor_id: actorId },
    { select: ["role", "merchant_ids", "deleted_at"], take: null, withDeleted: true }
  )
  const grants: RoleGrant[] = assignments
    .filter((assignment) => !assignment.deleted_at)
    .map((assignment) => ({
      role: assignment.role,
      merchant_ids: (assignment.merchant_ids as string[] | null) ?? null,
    }))
  return effectiveGrants(grants, roleOptions.defaultRole, { actorType, everGranted: assignments.length > 0 })
}
