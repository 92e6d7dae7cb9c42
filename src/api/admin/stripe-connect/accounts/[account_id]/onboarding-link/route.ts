import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAccountOnboardingLinkWorkflow } from "../../../../../../workflows/accounts"
import { loadScopedAccount } from "../../helpers"
import { requestIdOf } from "../../../../../utils/request-id"
import type { AdminCreateAccountOnboardingLinkType } from "../../validators"

/** Create onboarding link (docs/api.md#create-onboarding-link): `{ url, expires_at }`. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateAccountOnboardingLinkType>,
  res: MedusaResponse<{ url: string; expires_at: string }>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const { result } = await createAccountOnboardingLinkWorkflow(req.scope).run({
    input: { stripe_account_id: account.stripe_account_id, ...req.validatedBody, request_id: requestIdOf(req) },
  })
  res.json(result)
}
