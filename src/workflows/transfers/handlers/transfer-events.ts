import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { syncStripeTransferWorkflow } from "../workflows/sync-stripe-transfer"
import { completeMoneyIntentOfEvent } from "../../money-intents/handlers/money-intent-events"

/**
 * `transfer.created` / `transfer.reversed` / `transfer.updated`: a transfer the plugin asked for whose answer was
 * never recorded (the request's intent is still pending) is recorded now; reversals made outside the plugin
 * (Stripe's dashboard, the API directly) show on the stored transfer. The transfer is read fresh from Stripe, so
 * the delivery order does not matter. Transfers the plugin did not make are ignored.
 */
export async function handleStripeTransferEvent({ event, container }: WebhookEventHandlerInput) {
  const reported = event.data.object as Stripe.Transfer
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const recovered =
    event.type === "transfer.created" && (await completeMoneyIntentOfEvent(container, event, "transfer"))
  const [row] = await service.listStripeConnectTransfers({ transfer_id: reported.id }, { take: 1 })
  if (!row) {
    return { applied: recovered }
  }
  const transfer = await (await service.getStripeGateway()).transfers.retrieve(reported.id)
  await syncStripeTransferWorkflow(container).run({ input: { id: row.id, transfer } })
  return { applied: true }
}
