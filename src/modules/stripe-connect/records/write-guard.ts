import type { GuardedRecord } from "../queries/record-tables"

export type { GuardedRecord }

/**
 * What a stored row must still be for a write to apply. The UPDATE checks it in its own WHERE clause, so a newer
 * state written by another writer between this writer's read and its write is never overwritten.
 */
export type WriteGuard = {
  /** column -> the stored values that accept the write (null: an empty column accepts it). */
  oneOf?: Record<string, readonly (string | null)[]>
  /** column -> the stored amount may not be above this (amounts that only grow: refunded, reversed). */
  atMost?: Record<string, number>
  /** column -> the stored time is empty or not after this (the newest Stripe event applied). */
  notAfter?: Record<string, Date>
  /** A record of another kind that must still hold these values (the record this write was derived from). */
  alsoStored?: { record: GuardedRecord; values: Record<string, string> }
}
