import Stripe from "stripe"

/** A decimal amount as the SDK sends it (e.g. `unit_amount_decimal`), from an integer in minor units. */
export function stripeDecimal(minorUnits: number): Stripe.Decimal {
  return Stripe.Decimal.from(minorUnits)
}
