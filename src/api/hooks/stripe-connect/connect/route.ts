import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { isLiveModeKey } from "../../../../modules/stripe-connect/webhooks/livemode"
import { receiveStripeWebhook } from "../receive-webhook"

/**
 * The platform's Connect endpoint: events of connected accounts (they carry `account`), signed with
 * `webhookSecrets.connect`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const options = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions()
  await receiveStripeWebhook(req, res, {
    endpoint: "connect",
    secrets: () => options.webhookSecrets.connect,
    livemode: isLiveModeKey(options.apiKey),
  })
}
