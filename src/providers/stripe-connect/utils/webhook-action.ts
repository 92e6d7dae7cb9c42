import type Stripe from "stripe"
import { PaymentActions } from "@medusajs/framework/utils"
import { toMajorUnits } from "../../../modules/stripe-connect/money"

export type CheckoutWebhookAction = {
  action: PaymentActions
  data?: { session_id: string; amount: string }
}

/**
 * What a Stripe event means for Medusa's payment processing. Only payment intents made by this provider for a
 * Medusa payment session (metadata `session_id`) are Medusa's business; everything else is NOT_SUPPORTED.
 * Amounts go back to Medusa in major units.
 */
export function toCheckoutWebhookAction(event: Pick<Stripe.Event, "type" | "data">): CheckoutWebhookAction {
  if (!event.type.startsWith("payment_intent.")) {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  const intent = event.data.object as Stripe.PaymentIntent
  const sessionId = intent.metadata?.session_id
  if (!sessionId || intent.metadata?.medusa_plugin !== "stripe-connect") {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  const withAmount = (action: PaymentActions, minor: number): CheckoutWebhookAction => ({
    action,
    data: { session_id: sessionId, amount: toMajorUnits(minor, intent.currency) },
  })
  switch (event.type) {
    case "payment_intent.amount_capturable_updated":
      return withAmount(PaymentActions.AUTHORIZED, intent.amount_capturable)
    case "payment_intent.succeeded":
      return withAmount(PaymentActions.SUCCESSFUL, intent.amount_received)
    case "payment_intent.payment_failed":
      return withAmount(PaymentActions.FAILED, intent.amount)
    case "payment_intent.canceled":
      return withAmount(PaymentActions.CANCELED, intent.amount)
    case "payment_intent.requires_action":
    case "payment_intent.partially_funded":
      return withAmount(PaymentActions.REQUIRES_MORE, intent.amount)
    default:
      return { action: PaymentActions.NOT_SUPPORTED }
  }
}
