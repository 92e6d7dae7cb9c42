import type Stripe from "stripe"
import type { StripeGateway } from "../../../modules/stripe-connect/stripe"

/**
 * Unix seconds when a transfer's funds become available on the connected account, read from the payment the
 * transfer made there; null when Stripe does not say.
 */
export async function destinationAvailableOn(
  gateway: StripeGateway,
  transfer: Stripe.Transfer
): Promise<number | null> {
  const paymentId =
    typeof transfer.destination_payment === "string" ? transfer.destination_payment : transfer.destination_payment?.id
  const account = typeof transfer.destination === "string" ? transfer.destination : transfer.destination?.id
  if (!paymentId || !account) {
    return null
  }
  try {
    const payment = await gateway.charges.retrieve(paymentId, { expand: ["balance_transaction"] }, account)
    const txn = payment.balance_transaction
    return txn && typeof txn === "object" ? txn.available_on : null
  } catch {
    // The transfer is made; not knowing the arrival date is no reason to undo it.
    return null
  }
}
