import { proportionalFee } from "../fees/proportional-fee"
import type { PaymentFacts } from "./types"

/**
 * The application fee a payment should have collected: the fee the plugin decided when it created the payment
 * (from the fee configuration in force then, or a caller's fee kept in the fee audit), scaled down in proportion
 * for a partial capture as the capture does.
 */
export function expectedApplicationFee(payment: PaymentFacts): number {
  return proportionalFee(payment.application_fee_amount, payment.amount_captured, payment.amount)
}

/**
 * The application fee the fee configuration in force when the plugin decided it gives the payment
 * (docs/api.md#fee-basis), scaled for a partial capture the same way; null when that cannot be known.
 */
export function expectedConfiguredFee(payment: PaymentFacts): number | null {
  if (payment.configured_fee === undefined || payment.configured_fee === null) {
    return null
  }
  return proportionalFee(payment.configured_fee, payment.amount_captured, payment.amount)
}
