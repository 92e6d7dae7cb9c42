import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAccountDashboardLinkWorkflow } from "../../../../../../workflows/accounts"
import { loadScopedAccount } from "../../helpers"
import { requestIdOf } from "../../../../../utils/request-id"

/** Create dashboard link (docs/api.md#create-dashboard-link): `{ url, expires_at }`, for express accounts only. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ url: string; expires_at: string }>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const { result } = await createAccountDashboardLinkWorkflow(req.scope).run({
    input: { stripe_account_id: account.stripe_account_id, request_id: requestIdOf(req) },
  })
  res.json(result)
}
