import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../../../../modules/stripe-connect/errors/map-stripe-error"
import { toBalanceDocument } from "../../../../../../modules/stripe-connect/payouts/to-balance-document"
import { type BalanceDocument } from "../../../../../../shared/types/payouts"
import { loadScopedAccount } from "../../helpers"

/** Spec 000 "Get Account Balance": the connected account's Stripe balance (read with `Stripe-Account`). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<BalanceDocument>) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const stripe = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
  const balance = await stripe.balance.retrieve({}, { stripeAccount: account.stripe_account_id }).catch((error: unknown) => {
    throw mapStripeError(error, { accountId: account.stripe_account_id, action: "read the account balance" })
  })
  res.json(toBalanceDocument(balance))
}
