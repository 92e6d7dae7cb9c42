import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StripeConnectRole } from "../../../types/roles"
import { upsertRoleAssignmentStep } from "../steps/upsert-role-assignment"
import { validateRoleActorStep } from "../steps/validate-role-actor"

export type AssignStripeConnectRoleWorkflowInput = {
  actor_id: string
  actor_type: "user" | "api-key"
  role: StripeConnectRole
  merchant_ids: string[] | null
  granted_by: string | null
}

export const assignStripeConnectRoleWorkflowId = "assign-stripe-connect-role"

/**
 * Gives an admin user or API key one of the plugin's roles, optionally limited to some merchants. Giving a
 * role the actor already has replaces its merchant scope.
 */
export const assignStripeConnectRoleWorkflow = createWorkflow(
  assignStripeConnectRoleWorkflowId,
  (input: AssignStripeConnectRoleWorkflowInput) => {
    validateRoleActorStep(input)
    const assignment = upsertRoleAssignmentStep(input)
    return new WorkflowResponse(assignment)
  }
)
