import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { toBalanceDocument } from "../../../../../../modules/stripe-connect/payouts/to-balance-document"
import { type BalanceDocument } from "../../../../../../shared/types/payouts"
import { loadScopedAccount } from "../../helpers"

/**
 * Get account balance (docs/api.md#get-account-balance): the connected account's Stripe balance (read with
 * `Stripe-Account`).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<BalanceDocument>) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const gateway = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const balance = await gateway.balance.retrieve(account.stripe_account_id)
  res.json(toBalanceDocument(balance))
}
