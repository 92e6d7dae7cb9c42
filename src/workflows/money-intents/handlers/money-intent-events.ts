import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { recoverMoneyIntentWorkflow } from "../workflows/recover-money-intent"
import type { MoneyIntentKind } from "../utils/money-intent"

/**
 * Completes the pending money intent of `kind` whose Stripe request made this event (Stripe names the request's
 * idempotency key on the event), so a movement whose answer was lost is recorded as soon as its event arrives.
 * Only the event's own kind: a capture or refund also makes transfer events, under its own key, while its request
 * may still be running. Answers whether an intent was completed.
 */
export async function completeMoneyIntentOfEvent(
  container: MedusaContainer,
  event: Stripe.Event,
  kind: MoneyIntentKind
): Promise<boolean> {
  const key = event.request?.idempotency_key
  if (!key) {
    return false
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [intent] = await service.listStripeConnectMoneyIntents(
    { stripe_idempotency_key: key, kind, status: "pending" },
    { take: 1 }
  )
  if (!intent) {
    return false
  }
  const { result } = await recoverMoneyIntentWorkflow(container).run({ input: { money_intent_id: intent.id } })
  return result.outcome === "completed"
}
