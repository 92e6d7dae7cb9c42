import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { assignStripeConnectRoleWorkflow } from "../../../../workflows/roles"
import { getAccessScope } from "../../../utils/access-scope"
import { scopeCovers } from "../../../utils/access/grant-guard"
import { assertMayChangeGrants } from "./helpers"
import type { AdminAssignStripeConnectRoleType, AdminGetStripeConnectRolesParamsType } from "./validators"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"
import { listPage, listBody } from "../../../utils/list-params"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeConnectRolesParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { actor_id, role } = req.validatedQuery
  const page = listPage(req)
  const filters = { ...(actor_id ? { actor_id } : {}), ...(role ? { role } : {}) }
  const { merchantIds } = getAccessScope(req)
  if (merchantIds === null) {
    const [data, count] = await service.listAndCountRoleAssignments(filters, {
      ...page,
      order: { created_at: "DESC", id: "DESC" },
    })
    res.json(listBody(data, count, page))
    return
  }
  // A caller limited to some merchants sees only the assignments within them (role assignments are few).
  const visible = (
    await service.listRoleAssignments(filters, { take: null, order: { created_at: "DESC", id: "DESC" } })
  ).filter((assignment) => assignment.merchant_ids && scopeCovers(merchantIds, assignment.merchant_ids as string[]))
  res.json(listBody(visible.slice(page.skip, page.skip + page.take), visible.length, page))
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignStripeConnectRoleType>, res: MedusaResponse) => {
  const { actor_id, role, merchant_ids } = req.validatedBody
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const replaced = await service.listRoleAssignments({ actor_id, role }, { select: ["role", "merchant_ids"] })
  await assertMayChangeGrants(req, actor_id, [
    { role, merchant_ids },
    ...replaced.map((assignment) => ({
      role: assignment.role,
      merchant_ids: (assignment.merchant_ids as string[] | null) ?? null,
    })),
  ])
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
