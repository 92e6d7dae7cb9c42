import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeStripeConnectRoleWorkflow } from "../../../../../workflows/roles"
import { withAuditEntry } from "../../../../utils/audit/with-audit-entry"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const revocation = revokeStripeConnectRoleWorkflow(req.scope).run({ input: { id: req.params.id } })
  await withAuditEntry(
    req,
    { action: "role.revoke", resource_type: "role_assignment", resource_id: req.params.id },
    revocation
  )
  res.json({ id: req.params.id, object: "stripe_connect_role_assignment", deleted: true })
}
