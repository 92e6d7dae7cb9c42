import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteRoleAssignmentStep } from "../steps/delete-role-assignment"

export type RevokeStripeConnectRoleWorkflowInput = { id: string }

export const revokeStripeConnectRoleWorkflowId = "revoke-stripe-connect-role"

/**
 * Takes a role assignment away.
 */
export const revokeStripeConnectRoleWorkflow = createWorkflow(
  revokeStripeConnectRoleWorkflowId,
  (input: RevokeStripeConnectRoleWorkflowInput) => {
    const id = deleteRoleAssignmentStep(input)
    return new WorkflowResponse(id)
  }
)
