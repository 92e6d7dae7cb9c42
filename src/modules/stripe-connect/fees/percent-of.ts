import { MedusaError } from "@medusajs/framework/utils"
import { decimalFraction } from "../../../shared/decimal-fraction"

/**
 * `percent` % of an integer amount, rounded half up, in exact integer arithmetic: the percent is read from its
 * decimal notation (2.9 -> 29/10), never multiplied as a binary float. Both inputs are non-negative.
 */
export function percentOf(amount: number, percent: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: ${amount} is not a non-negative integer`)
  }
  if (!Number.isFinite(percent) || percent < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `percent: ${percent} is not a non-negative number`)
  }
  const { numerator, denominator } = decimalFraction(percent)
  const scaledDenominator = denominator * 100n
  const product = BigInt(amount) * numerator
  // Half up for non-negative values: floor((2p + d) / 2d).
  return Number((2n * product + scaledDenominator) / (2n * scaledDenominator))
}

/** Rounds a non-negative integer half up to a multiple of `step` (Stripe's rule for three-decimal currencies). */
export function roundToStep(value: number, step: number): number {
  if (step <= 1) {
    return value
  }
  return Math.floor((value + step / 2) / step) * step
}
