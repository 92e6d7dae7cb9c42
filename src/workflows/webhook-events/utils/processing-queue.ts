import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

/** The app's webhook processing queue as tests and diagnostics read it: how many ids wait, how many batches run. */
export function webhookProcessingQueue(container: MedusaContainer): {
  state: () => Promise<{ waiting: number; running: number }>
} {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  return { state: () => service.getWebhookProcessingState() }
}
