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
