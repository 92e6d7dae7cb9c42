import { MedusaError } from "@medusajs/framework/utils"

/**
 * Splits a non-negative integer `total` into parts proportional to `weights` (non-negative integers) that sum to
 * exactly `total` (Hamilton's largest-remainder method). Each part first gets the floor of its quota; the units
 * left over go one each to the largest remainders, ties to the lower index, so the result depends only on the
 * inputs. With every weight 0 the total goes to parts in equal shares (the same rule over equal weights).
 * Exact integer arithmetic (BigInt): no binary-float error, whatever the sizes.
 *
 * With a `step` above 1 (Stripe's `minorUnitStep` of the currency: 10 in three-decimal currencies) the unit handed
 * out is the step: every part is a multiple of it, and what is left below one step (`total % step`) goes to the
 * part of the largest weight (ties to the lower index), so the parts still sum to `total`.
 */
export function apportion(total: number, weights: readonly number[], step = 1): number[] {
  assertNonNegativeInteger(total, "total")
  if (step > 1 && weights.length > 0) {
    const parts = apportion(Math.floor(total / step), weights).map((units) => units * step)
    const rest = total % step
    if (rest > 0) {
      parts[largestIndex(weights)] += rest
    }
    return parts
  }
  weights.forEach((weight, index) => assertNonNegativeInteger(weight, `weights[${index}]`))
  if (weights.length === 0) {
    if (total !== 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "apportion: a non-zero total needs at least one weight")
    }
    return []
  }

  const effective = weights.some((weight) => weight > 0) ? weights : weights.map(() => 1)
  const sum = effective.reduce((acc, weight) => acc + BigInt(weight), 0n)
  const big = BigInt(total)
  const floors = effective.map((weight) => (big * BigInt(weight)) / sum)
  const remainders = effective.map((weight, index) => big * BigInt(weight) - floors[index] * sum)

  let left = big - floors.reduce((acc, part) => acc + part, 0n)
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const { index } of order) {
    if (left === 0n) {
      break
    }
    floors[index] += 1n
    left -= 1n
  }
  return floors.map((part) => Number(part))
}

export function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name}: ${value} is not a non-negative integer`)
  }
}

/** The largest multiple of `step` not above `amount`. */
export function floorToStep(amount: number, step: number): number {
  return amount - (amount % step)
}

/** `amount` rounded half up to a multiple of `step`. */
export function roundToStep(amount: number, step: number): number {
  return Math.floor((amount + Math.floor(step / 2)) / step) * step
}

function largestIndex(weights: readonly number[]): number {
  return weights.reduce((best, weight, index) => (weight > weights[best] ? index : best), 0)
}
