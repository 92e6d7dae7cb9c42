import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type DeleteRoleAssignmentStepInput = { id: string }

export const deleteRoleAssignmentStepId = "delete-role-assignment"

/**
 * This step soft-deletes a role assignment; compensation restores it.
 */
export const deleteRoleAssignmentStep = createStep(
  deleteRoleAssignmentStepId,
  async ({ id }: DeleteRoleAssignmentStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.retrieveRoleAssignment(id)
    await service.softDeleteRoleAssignments(id)
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
