import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { receiveStripeWebhook } from "../../receive-webhook"

/**
 * Account webhook (docs/api.md#account-webhook): the endpoint registered on one connected Stripe account, verified with
 * the secret stored (sealed) when it was registered. An account without a registered endpoint has no secret, so every
 * delivery to it is refused.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const accountId = req.params.account_id
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  await receiveStripeWebhook(req, res, {
    endpoint: "account",
    accountId,
    secrets: () => service.listAccountWebhookSecrets(accountId),
    retrySecrets: () => service.listAccountWebhookSecrets(accountId, { fresh: true }),
  })
}
