import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { syncStripeTransferWorkflow } from "../workflows/sync-stripe-transfer"

/**
 * `transfer.reversed` / `transfer.updated`: reversals made outside the plugin (Stripe's dashboard, the API
 * directly) show on the stored transfer. The transfer is read fresh from Stripe, so the delivery order does not
 * matter. Transfers the plugin did not make are ignored.
 */
export async function handleStripeTransferEvent({ event, container }: WebhookEventHandlerInput) {
  const reported = event.data.object as Stripe.Transfer
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [row] = await service.listStripeConnectTransfers({ transfer_id: reported.id }, { take: 1 })
  if (!row) {
    return { applied: false }
  }
  const transfer = await (await service.getStripeGateway()).transfers.retrieve(reported.id)
  await syncStripeTransferWorkflow(container).run({ input: { id: row.id, transfer } })
  return { applied: true }
}
