import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { WebhookEventStore } from "../../../modules/stripe-connect/webhooks/webhook-event-store"

/** The event store's methods that tests and scripts use to set up events, through the module service. */
export function webhookEventStore(container: MedusaContainer): WebhookEventStore {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  return {
    insertIfAbsent: (row) => service.insertWebhookEventIfAbsent(row),
    hasNewerProcessedEvent: (input) => service.hasNewerProcessedWebhookEvent(input),
  }
}
