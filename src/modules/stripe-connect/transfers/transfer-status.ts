import type { WriteGuard } from "../records/write-guard"

/** What the plugin reports as a transfer's `status` (Stripe's transfer object has none). */
export type TransferStatus = "pending" | "paid" | "partially_reversed" | "reversed"

/**
 * A transfer's status from Stripe's amounts and the date its funds become available on the connected account:
 * fully reversed -> "reversed"; partly reversed -> "partially_reversed"; funds not yet available (a transfer tied
 * to a charge whose funds are still pending) -> "pending"; otherwise "paid".
 */
export function transferStatus(input: {
  amount: number
  amount_reversed: number
  /** Unix seconds when the funds become available on the connected account; null when unknown. */
  available_on: number | null
  /** Unix seconds. */
  now: number
}): TransferStatus {
  if (input.amount_reversed >= input.amount && input.amount > 0) {
    return "reversed"
  }
  if (input.amount_reversed > 0) {
    return "partially_reversed"
  }
  if (input.available_on !== null && input.available_on > input.now) {
    return "pending"
  }
  return "paid"
}

/** A Unix time in seconds as a UTC calendar date, YYYY-MM-DD (the `arrival_date` of docs/api.md#transfers). */
export function toIsoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10)
}

/**
 * What a stored transfer must still be for a write of Stripe's reversed amount to apply: that amount only grows, so
 * a copy of the transfer read before a reversal (a webhook handler racing a staff reversal) is older and is refused.
 */
export function transferWriteGuard(amountReversed: number): WriteGuard {
  return { atMost: { amount_reversed: amountReversed } }
}
