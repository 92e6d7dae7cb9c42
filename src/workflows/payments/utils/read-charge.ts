import type Stripe from "stripe"
import type { StripeGateway } from "../../../modules/stripe-connect/stripe"
import { PAYMENT_INTENT_EXPAND } from "./payment-mirror"

/** A payment intent as Stripe has it now, with its latest charge and that charge's application fee. */
export async function readCharge(
  gateway: StripeGateway,
  paymentIntentId: string
): Promise<{ intent: Stripe.PaymentIntent; charge: Stripe.Charge | null; fee: Stripe.ApplicationFee | null }> {
  const intent = await gateway.payments.retrieve(paymentIntentId, { expand: PAYMENT_INTENT_EXPAND })
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null
  const fee = charge && typeof charge.application_fee === "object" ? charge.application_fee : null
  return { intent, charge, fee }
}
