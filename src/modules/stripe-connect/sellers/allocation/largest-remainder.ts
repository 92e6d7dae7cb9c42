import { MedusaError } from "@medusajs/framework/utils"

/**
 * Splits a non-negative integer `total` into parts proportional to `weights` (non-negative integers) that sum to
 * exactly `total` (Hamilton's largest-remainder method). Each part first gets the floor of its quota; the units
 * left over go one each to the largest remainders, ties to the lower index, so the result depends only on the
 * inputs. With every weight 0 the total goes to parts in equal shares (the same rule over equal weights).
 * Exact integer arithmetic (BigInt): no binary-float error, whatever the sizes.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  assertNonNegativeInteger(total, "total")
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
