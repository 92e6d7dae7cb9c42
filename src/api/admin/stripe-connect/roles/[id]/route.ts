import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeStripeConnectRoleWorkflow } from "../../../../../workflows/roles"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await revokeStripeConnectRoleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "stripe_connect_role_assignment", deleted: true })
}
