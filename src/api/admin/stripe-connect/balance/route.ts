import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { toBalanceDocument } from "../../../../modules/stripe-connect/payouts/to-balance-document"
import { type BalanceDocument } from "../../../../shared/types/payouts"
import { assertPlatformWideCaller } from "../../../utils/access/platform-wide"

/**
 * Get platform balance (docs/api.md#get-platform-balance): the platform account's Stripe balance, read live. It is the
 * platform's money, so a role limited to some merchants may not read it (403).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<BalanceDocument>) => {
  assertPlatformWideCaller(req, "The platform balance is visible only to roles not limited to some merchants")
  const gateway = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const balance = await gateway.balance.retrieve()
  res.json(toBalanceDocument(balance))
}
