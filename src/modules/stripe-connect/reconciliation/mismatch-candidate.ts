import type { MismatchReason } from "../../../shared/types/reconciliation"
import type { MatchableLine, MismatchCandidate } from "./types"

/** A mismatch about one Stripe line; the same reason on the same line is one mismatch, however often it is found. */
export function lineMismatch(
  reason: MismatchReason,
  line: MatchableLine,
  found: { record_kind?: string | null; record_id?: string | null; order_id?: string | null; expected?: number | null }
): MismatchCandidate {
  return {
    dedup_key: `${reason}:${line.balance_transaction_id}`,
    reason,
    balance_transaction_id: line.balance_transaction_id,
    record_kind: found.record_kind ?? null,
    record_id: found.record_id ?? null,
    order_id: found.order_id ?? null,
    stripe_account_id: line.stripe_account_id,
    currency: line.currency,
    expected_amount: found.expected ?? null,
    actual_amount: Math.abs(line.amount),
  }
}

/** A plugin record that Stripe's ledger should show by now and does not. */
export type RecordWithoutLine = {
  record_kind: "payment" | "refund" | "transfer"
  record_id: string
  order_id: string | null
  stripe_account_id: string | null
  currency: string
  amount: number
}

/** The mismatch for a record with no Stripe line; one per record. */
export function missingLineMismatch(record: RecordWithoutLine): MismatchCandidate {
  return {
    dedup_key: `missing_stripe_line:${record.record_kind}:${record.record_id}`,
    reason: "missing_stripe_line",
    balance_transaction_id: null,
    record_kind: record.record_kind,
    record_id: record.record_id,
    order_id: record.order_id,
    stripe_account_id: record.stripe_account_id,
    currency: record.currency,
    expected_amount: record.amount,
    actual_amount: null,
  }
}

/** How long after a record the ledger must hold newer lines before the record's missing line counts as missing. */
export const MISSING_LINE_GRACE_MS = 60 * 60 * 1000

/**
 * Whether a record made at `recordAt` is overdue in a ledger whose newest line was created at `newestLineAt`:
 * Stripe writes a balance transaction when the money moves, so once the ledger holds lines an hour newer than the
 * record, its line should be there.
 */
export function isLineOverdue(recordAt: Date, newestLineAt: Date | null): boolean {
  return newestLineAt !== null && newestLineAt.getTime() - recordAt.getTime() >= MISSING_LINE_GRACE_MS
}
