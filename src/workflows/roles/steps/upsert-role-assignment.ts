import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { StripeConnectRole } from "../../../types/roles"

export type UpsertRoleAssignmentStepInput = {
  actor_id: string
  actor_type: "user" | "api-key"
  role: StripeConnectRole
  merchant_ids: string[] | null
  granted_by: string | null
}

type Compensation =
  { created_id: string } | { restore: { id: string; merchant_ids: string[] | null; granted_by: string | null } }

export const upsertRoleAssignmentStepId = "upsert-role-assignment"

/**
 * This step gives a role to an actor, or changes the merchant scope of a role the actor already has (never
 * limiting the last unscoped `super_admin`: 409 `conflict`).
 */
export const upsertRoleAssignmentStep = createStep(
  upsertRoleAssignmentStepId,
  async (input: UpsertRoleAssignmentStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [existing] = await service.listRoleAssignments({ actor_id: input.actor_id, role: input.role })

    if (existing) {
      await service.changeRoleAssignmentKeepingASuperAdmin(existing.id, {
        merchant_ids: input.merchant_ids,
        granted_by: input.granted_by,
      })
      const updated = await service.retrieveRoleAssignment(existing.id)
      return new StepResponse<typeof updated, Compensation>(updated, {
        restore: {
          id: existing.id,
          merchant_ids: (existing.merchant_ids as string[] | null) ?? null,
          granted_by: existing.granted_by,
        },
      })
    }

    const created = await service.createRoleAssignments(input)
    return new StepResponse<typeof created, Compensation>(created, { created_id: created.id })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if ("created_id" in compensation) {
      await service.deleteRoleAssignments(compensation.created_id)
      return
    }
    await service.updateRoleAssignments(compensation.restore)
  }
)
