import type { ConfigModule, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, EventPriority, Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { inSpan } from "../../../modules/stripe-connect/observability/in-span"
import { StripeConnectWebhookEvents } from "../../../types/webhook-events"
import { processWebhookEventsWorkflow } from "../workflows/process-webhook-events"
import { eventBusReachesOtherProcesses } from "./event-bus-reach"

/**
 * The module's webhook pipeline with its processing step connected. The module stores events and owns the
 * background workers; processing a batch is `processWebhookEventsWorkflow`, which only this layer can run, so
 * whoever hands events to the pipeline (the webhook routes, the subscribers, the jobs) goes through here. When
 * Medusa's event bus reaches other processes (Redis), a server-only instance hands what it stored to the workers
 * as one bus message per insert statement (`StripeConnectWebhookEvents.STORED`), which one worker takes.
 */
export async function webhookPipeline(container: MedusaContainer): Promise<StripeConnectModuleService> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  if (!(await service.hasWebhookEventProcessor())) {
    const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    if (eventBusReachesOtherProcesses(config.modules?.[Modules.EVENT_BUS])) {
      const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      await service.connectWebhookEventDispatcher(async (ids) => {
        // `internal` keeps the bus from logging a line per message; the priority stays that of ordinary events.
        await eventBus.emit(
          { name: StripeConnectWebhookEvents.STORED, data: { ids } },
          { internal: true, priority: EventPriority.DEFAULT }
        )
      })
    }
    await service.connectWebhookEventProcessor(async (ids) => {
      await inSpan("stripe_connect.webhooks.process", { "stripe_connect.webhook_events": ids.length }, () =>
        processWebhookEventsWorkflow(container).run({ input: { ids } })
      )
    })
  }
  return service
}
