import type { MismatchReason } from "../shared/types/reconciliation"

/** Host events of the reconciliation (Medusa event bus). */
export const StripeConnectReconciliationEvents = {
  /** A new mismatch was found (once per mismatch: finding it again emits nothing). */
  MISMATCH: "stripe.reconciliation.mismatch",
} as const

/** Payload of `stripe.reconciliation.mismatch`. Amounts in integer minor units. */
export type StripeReconciliationMismatchEventData = {
  /** The stored mismatch (`scrm_...`). */
  id: string
  reason: MismatchReason
  /** The Stripe balance transaction (`txn_...`) it is about, null for a record with no line. */
  balance_transaction_id: string | null
  /** `payment`, `refund` or `transfer` and the plugin record's id, when a record is involved. */
  record_kind: string | null
  record_id: string | null
  order_id: string | null
  /** The connected account whose balance holds the line; null for the platform's. */
  account_id: string | null
  currency: string | null
  expected_amount: number | null
  actual_amount: number | null
}
