/**
 * Integer money arithmetic. Amounts are integer minor units (cents; yen as-is for zero-decimal currencies).
 *
 * Rounding rule used everywhere a proportion is taken: round half up on the exact rational value
 * (value * part / whole), computed with BigInt so no float is involved. Example: a 75 fee on a 2500 charge,
 * refunding 500, refunds 75 * 500 / 2500 = 15 exactly; a 100 fee capturing 1 of 3 gives 33.33 -> 33,
 * capturing 1 of 8 gives 12.5 -> 13.
 *
 * Repeated partial refunds and reversals use the cumulative form: the amount due after this step is
 * proportion(total, refundedSoFar + this, whole) minus what was already returned, so the parts always sum to
 * exactly the total once everything is refunded.
 */

const ZERO_DECIMAL = new Set([
  "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
])

export const isZeroDecimal = (currency: string): boolean => ZERO_DECIMAL.has(currency.toLowerCase())

export function assertInteger(n: number, label: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${label} must be a safe integer, got ${n}`)
}

/** value * part / whole, rounded half up. Requires whole > 0 and non-negative inputs. */
export function proportion(value: number, part: number, whole: number): number {
  assertInteger(value, "value")
  assertInteger(part, "part")
  assertInteger(whole, "whole")
  if (whole <= 0) throw new RangeError("whole must be positive")
  if (value < 0 || part < 0) throw new RangeError("value and part must be non-negative")
  const num = BigInt(value) * BigInt(part) * 2n + BigInt(whole)
  return Number(num / (BigInt(whole) * 2n))
}

/**
 * How much of `total` to return now when `part` more of `whole` is refunded, given `alreadyReturned`.
 * Never returns more than what is left of `total`.
 */
export function proportionalShare(
  total: number,
  whole: number,
  refundedBefore: number,
  refundedNow: number,
  alreadyReturned: number
): number {
  const target = Math.min(total, proportion(total, Math.min(whole, refundedBefore + refundedNow), whole))
  return Math.max(0, Math.min(total - alreadyReturned, target - alreadyReturned))
}

/**
 * The application fee collected on capture. Stripe keeps the intent's fee (or the one sent with the capture) and
 * caps it at the amount captured; it does not scale it. A platform that wants a smaller fee on a partial capture
 * sends `application_fee_amount` with the capture.
 */
export function feeOnCapture(fee: number, captured: number): number {
  return Math.min(fee, captured)
}

/**
 * Stripe's minimum charge amounts for common currencies, in minor units (others: 1). Stripe refuses smaller
 * payment intents with `amount_too_small`.
 */
const MINIMUM_CHARGE: Record<string, number> = {
  usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, chf: 50, nzd: 50, sgd: 50, dkk: 250, nok: 300, sek: 300,
  jpy: 50, hkd: 400, mxn: 1000, pln: 200, czk: 1500, huf: 17500, brl: 50, inr: 50,
}

export function minimumChargeAmount(currency: string): number {
  return MINIMUM_CHARGE[currency.toLowerCase()] ?? 1
}

/**
 * What a charge can still fund through `source_transaction`. Stripe documents that a transfer's amount cannot
 * exceed its source charge, and that several transfers may share one source_transaction as long as their sum
 * does not exceed the charge. A destination charge's own transfer carries the charge as its source_transaction,
 * so it counts; reversals do not give the amount back. Stripe's processing fees are 0 here.
 */
export function sourceTransactionRemaining(captured: number, transferredFromIt: number[]): number {
  assertInteger(captured, "captured")
  const used = transferredFromIt.reduce((sum, amount) => sum + amount, 0)
  return Math.max(0, captured - used)
}
