import type { MismatchCandidate } from "../../../modules/stripe-connect/reconciliation/types"
import type { StripeReconciliationMismatchEventData } from "../../../types/reconciliation"

/** The host event's payload for a stored mismatch. */
export function toMismatchEventData(
  mismatch: MismatchCandidate & { id: string }
): StripeReconciliationMismatchEventData {
  return {
    id: mismatch.id,
    reason: mismatch.reason,
    balance_transaction_id: mismatch.balance_transaction_id,
    record_kind: mismatch.record_kind,
    record_id: mismatch.record_id,
    order_id: mismatch.order_id,
    account_id: mismatch.stripe_account_id,
    currency: mismatch.currency,
    expected_amount: mismatch.expected_amount,
    actual_amount: mismatch.actual_amount,
  }
}
