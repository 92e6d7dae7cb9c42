import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountWebhookSecrets } from "../../account-secrets"
import { receiveStripeWebhook } from "../../receive-webhook"

/**
 * Spec 004 "Connect Account Webhook": the endpoint registered on one connected Stripe account, verified with the
 * secret stored (sealed) when it was registered. An account without a registered endpoint has no secret, so
 * every delivery to it is refused.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const accountId = req.params.account_id
  await receiveStripeWebhook(req, res, {
    endpoint: "account",
    accountId,
    secrets: () => accountWebhookSecrets(req.scope, accountId),
    retrySecrets: () => accountWebhookSecrets(req.scope, accountId, { fresh: true }),
  })
}
