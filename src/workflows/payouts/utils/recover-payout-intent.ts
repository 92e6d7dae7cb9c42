import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { settleMoneyIntent } from "../../money-intents/utils/money-intent"
import { storeMadePayout, type PayoutRecordContext } from "./store-made-payout"

/**
 * Completes a payout whose outcome was never learned: asked for again on its account with its stored key and
 * parameters (Stripe answers the payout it made, or makes it now) and stored.
 */
export async function recoverPayoutIntent(container: MedusaContainer, intent: MoneyIntentRow) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const gateway = await service.getStripeGateway()
  const accountId = String(intent.stripe_account_id)
  return await settleMoneyIntent(service, intent, async () => {
    const payout = await gateway.payouts.create(
      accountId,
      intent.params as unknown as Stripe.PayoutCreateParams,
      intent.stripe_idempotency_key
    )
    await storeMadePayout(service, payout, accountId, intent.context as PayoutRecordContext)
    return payout.id
  })
}
