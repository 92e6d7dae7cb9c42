import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { settleMoneyIntent } from "../../money-intents/utils/money-intent"
import { destinationAvailableOn } from "./destination-available-on"
import { storeTransfer, type TransferRecordContext } from "./store-transfer"

/**
 * Completes a transfer whose outcome was never learned: asked for again with its stored key and parameters
 * (Stripe answers the transfer it made, or makes it now) and stored.
 */
export async function recoverTransferIntent(container: MedusaContainer, intent: MoneyIntentRow) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const gateway = await service.getStripeGateway()
  return await settleMoneyIntent(service, intent, async () => {
    const transfer = await gateway.transfers.create(
      intent.params as unknown as Stripe.TransferCreateParams,
      intent.stripe_idempotency_key
    )
    const availableOn = await destinationAvailableOn(gateway, transfer)
    await storeTransfer(service, transfer, availableOn, intent.context as TransferRecordContext)
    return transfer.id
  })
}
