import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type DeleteRoleAssignmentStepInput = { id: string }

export const deleteRoleAssignmentStepId = "delete-role-assignment"

/**
 * This step soft-deletes a role assignment, unless it is the last `super_admin` for every merchant (409
 * `conflict`, decided by the module under a lock); compensation restores it.
 */
export const deleteRoleAssignmentStep = createStep(
  deleteRoleAssignmentStepId,
  async ({ id }: DeleteRoleAssignmentStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.changeRoleAssignmentKeepingASuperAdmin(id, { revoke: true })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.restoreRoleAssignments(id)
  }
)
