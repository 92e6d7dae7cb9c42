import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { isLiveModeKey } from "../../../../../modules/stripe-connect/webhooks/livemode"
import { isStripeAccountId } from "../../../../../modules/stripe-connect/webhooks/account-endpoint"
import { receiveStripeWebhook } from "../../receive-webhook"

const NO_SECRETS: readonly string[] = []

/**
 * Account webhook (docs/api.md#account-webhook): the endpoint registered on one connected Stripe account, verified with
 * the secret stored (sealed) when it was registered. An account without a registered endpoint has no secret, so every
 * delivery to it is refused; a path that is no account id is refused without a lookup. Events are stored under the
 * path's account, and only that account's own events, about its own objects, are applied.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const accountId = req.params.account_id
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const options = await service.getOptions()
  const known = isStripeAccountId(accountId)
  await receiveStripeWebhook(req, res, {
    endpoint: "account",
    accountId,
    livemode: isLiveModeKey(options.apiKey),
    secrets: () => (known ? service.listAccountWebhookSecrets(accountId) : NO_SECRETS),
    retrySecrets: async () => (known ? service.listAccountWebhookSecrets(accountId, { fresh: true }) : NO_SECRETS),
  })
}
