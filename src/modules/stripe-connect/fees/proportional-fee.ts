import { MedusaError } from "@medusajs/framework/utils"
/**
 * The part of a fee that belongs to part of an amount: fee x part / total, rounded half up, in integer
 * arithmetic. Used for a partial capture (the fee shrinks with the captured amount). Never more than the fee.
 */
export function proportionalFee(fee: number, part: number, total: number): number {
  if (![fee, part, total].every((value) => Number.isSafeInteger(value) && value >= 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "proportionalFee: fee, part and total must be non-negative integers")
  }
  if (total === 0 || part >= total) {
    return fee
  }
  const numerator = BigInt(fee) * BigInt(part)
  const denominator = BigInt(total)
  return Number((2n * numerator + denominator) / (2n * denominator))
}
