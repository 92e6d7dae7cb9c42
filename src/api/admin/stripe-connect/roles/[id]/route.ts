import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { revokeStripeConnectRoleWorkflow } from "../../../../../workflows/roles"
import { assertMayChangeGrants } from "../helpers"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [assignment] = await service.listRoleAssignments({ id: req.params.id }, { take: 1 })
  if (!assignment) {
    throw new StripeConnectError("not_found", `No role assignment with id ${req.params.id}`)
  }
  await assertMayChangeGrants(req, assignment.actor_id, [
    { role: assignment.role, merchant_ids: (assignment.merchant_ids as string[] | null) ?? null },
  ])
  await revokeStripeConnectRoleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "stripe_connect_role_assignment", deleted: true })
}
