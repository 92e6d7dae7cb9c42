import { MedusaError } from "@medusajs/framework/utils"
import { apportion, assertNonNegativeInteger, floorToStep } from "./largest-remainder"
import type { RefundRequest, SellerChargeState, SellerRefundShare } from "./types"

/**
 * How a refund of a multi-seller charge falls on the sellers (docs/api.md#multi-seller-orders).
 * - With `account_id`, the whole amount is that seller's; it may not exceed what is left to refund of its part.
 * - Without, the amount is shared by what is left to refund of each seller's part (largest remainder, in order of
 *   account id), so no seller is refunded more than its part.
 * Each seller's transfer is reversed, its fee given back and the kept tax refunded in proportion to the share of
 * its part refunded so far. These are computed on the running total (share after minus share before), so partial
 * refunds in any order add up exactly: a seller whose whole part is refunded has its whole transfer reversed, and
 * no seller is ever reversed more than was transferred.
 * `step` is the currency's `minorUnitStep`: shares of the refund and the reversals, fee and tax given back are
 * multiples of it (what is below one step goes as in `apportion`).
 */
export function allocateRefund(
  states: readonly SellerChargeState[],
  request: RefundRequest,
  step = 1
): SellerRefundShare[] {
  assertNonNegativeInteger(request.amount, "amount")
  states.forEach(validateState)
  const sellers = sortByAccount(states)
  const left = sellers.map((seller) => seller.charged_amount - seller.refunded_amount)

  let amounts: number[]
  if (request.account_id) {
    const index = sellers.findIndex((seller) => seller.account_id === request.account_id)
    if (index < 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `account_id: ${request.account_id} is not a seller of this charge`
      )
    }
    if (request.amount > left[index]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: ${request.amount} is more than the ${left[index]} left to refund of seller ${request.account_id}`
      )
    }
    amounts = sellers.map((_, position) => (position === index ? request.amount : 0))
  } else {
    const leftTotal = left.reduce((acc, part) => acc + part, 0)
    if (request.amount > leftTotal) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: ${request.amount} is more than the ${leftTotal} left to refund of the charge`
      )
    }
    amounts =
      request.amount === leftTotal
        ? left
        : leftTotal === 0
          ? sellers.map(() => 0)
          : apportion(request.amount, left, step)
    amounts = withinRoom(amounts, left)
  }

  return sellers.map((seller, index) => {
    const before = seller.refunded_amount
    const after = before + amounts[index]
    const grow = (whole: number): number =>
      shareOf(whole, after, seller.charged_amount, step) - shareOf(whole, before, seller.charged_amount, step)
    return {
      account_id: seller.account_id,
      refund_amount: amounts[index],
      reversal_amount: grow(seller.transfer_amount),
      fee_refund_amount: grow(seller.fee_amount),
      tax_refund_amount: grow(seller.tax_kept_amount),
    }
  })
}

/**
 * whole x part / total, rounded half up to a multiple of `step` (never above the whole); the whole at
 * part = total, nothing at part = 0; monotone in part.
 */
export function shareOf(whole: number, part: number, total: number, step = 1): number {
  if (part >= total) {
    return whole
  }
  const numerator = BigInt(whole) * BigInt(part)
  const denominator = BigInt(total) * BigInt(step)
  const steps = Number((2n * numerator + denominator) / (2n * denominator))
  return Math.min(steps * step, floorToStep(whole, step))
}

/**
 * Moves what a part has beyond its room (possible only below one step, when rooms are not multiples of the step)
 * to the next parts with room, in order, so no seller is refunded more than is left of its part.
 */
function withinRoom(parts: readonly number[], rooms: readonly number[]): number[] {
  const result = [...parts]
  let excess = 0
  result.forEach((part, index) => {
    if (part > rooms[index]) {
      excess += part - rooms[index]
      result[index] = rooms[index]
    }
  })
  for (let index = 0; index < result.length && excess > 0; index++) {
    const moved = Math.min(excess, rooms[index] - result[index])
    result[index] += moved
    excess -= moved
  }
  return result
}

export function sortByAccount<T extends { account_id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.account_id < b.account_id ? -1 : a.account_id > b.account_id ? 1 : 0))
}

export function validateState(state: SellerChargeState, index: number): void {
  for (const field of [
    "charged_amount",
    "transfer_amount",
    "fee_amount",
    "tax_kept_amount",
    "refunded_amount",
  ] as const) {
    assertNonNegativeInteger(state[field], `sellers[${index}].${field}`)
  }
  if (state.refunded_amount > state.charged_amount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `sellers[${index}].refunded_amount: ${state.refunded_amount} is more than its charged amount ${state.charged_amount}`
    )
  }
}
