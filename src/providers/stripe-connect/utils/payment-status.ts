import type Stripe from "stripe"
import { PaymentSessionStatus } from "@medusajs/framework/utils"

/** Medusa's payment session status for a Stripe payment intent. */
export function toPaymentSessionStatus(
  intent: Pick<Stripe.PaymentIntent, "status" | "last_payment_error">
): PaymentSessionStatus {
  switch (intent.status) {
    case "requires_payment_method":
      return intent.last_payment_error ? PaymentSessionStatus.ERROR : PaymentSessionStatus.PENDING
    case "requires_confirmation":
    case "processing":
      return PaymentSessionStatus.PENDING
    case "requires_action":
      return PaymentSessionStatus.REQUIRES_MORE
    case "requires_capture":
      return PaymentSessionStatus.AUTHORIZED
    case "succeeded":
      return PaymentSessionStatus.CAPTURED
    case "canceled":
      return PaymentSessionStatus.CANCELED
    default:
      return PaymentSessionStatus.PENDING
  }
}

/** Intents in these states can still be canceled at Stripe. */
export const CANCELABLE_STATUSES: readonly Stripe.PaymentIntent.Status[] = [
  "requires_payment_method",
  "requires_confirmation",
  "requires_action",
  "requires_capture",
  "processing",
]
