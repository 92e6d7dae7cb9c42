import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { assignStripeConnectRoleWorkflow } from "../../../../workflows/roles"
import type { AdminAssignStripeConnectRoleType, AdminGetStripeConnectRolesParamsType } from "./validators"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeConnectRolesParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { actor_id, role } = req.validatedQuery
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [data, count] = await service.listAndCountRoleAssignments(
    { ...(actor_id ? { actor_id } : {}), ...(role ? { role } : {}) },
    { skip, take, order: { created_at: "DESC" } }
  )
  res.json({ data, count, offset: skip, limit: take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignStripeConnectRoleType>, res: MedusaResponse) => {
  const grant = assignStripeConnectRoleWorkflow(req.scope).run({
    input: { ...req.validatedBody, granted_by: req.auth_context.actor_id },
  })
  const { result } = await withAuditEntry(
    req,
    { action: "role.grant", resource_type: "role_assignment" },
    grant,
    ({ result }) => ({
      resource_id: result.id,
    })
  )
  res.json({ role_assignment: result })
}
