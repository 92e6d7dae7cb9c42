import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { isLiveModeKey } from "../../../../modules/stripe-connect/webhooks/livemode"
import { receiveStripeWebhook } from "../receive-webhook"

/**
 * Platform webhook (docs/api.md#platform-webhook): events of the platform's own Stripe account, signed with
 * `webhookSecrets.platform`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const options = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions()
  await receiveStripeWebhook(req, res, {
    endpoint: "platform",
    secrets: () => options.webhookSecrets.platform,
    livemode: isLiveModeKey(options.apiKey),
  })
}
