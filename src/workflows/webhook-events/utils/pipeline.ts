import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { inSpan } from "../../../modules/stripe-connect/observability/in-span"
import { processWebhookEventsWorkflow } from "../workflows/process-webhook-events"

/**
 * The module's webhook pipeline with its processing step connected. The module stores events and owns the
 * background workers; processing a batch is `processWebhookEventsWorkflow`, which only this layer can run, so
 * whoever hands events to the pipeline (the webhook routes, the subscriber, the jobs) goes through here.
 */
export async function webhookPipeline(container: MedusaContainer): Promise<StripeConnectModuleService> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  if (!(await service.hasWebhookEventProcessor())) {
    await service.connectWebhookEventProcessor(async (ids) => {
      await inSpan("stripe_connect.webhooks.process", { "stripe_connect.webhook_events": ids.length }, () =>
        processWebhookEventsWorkflow(container).run({ input: { ids } })
      )
    })
  }
  return service
}
