import { mapDisputeStatus } from "../../../../modules/stripe-connect/disputes"
import type { DisputeRow } from "../../../../modules/stripe-connect/types"
import type { DisputeDocument } from "../../../../shared/types/disputes"

export function toDisputeDocument(row: DisputeRow): DisputeDocument {
  return {
    dispute_id: row.dispute_id,
    payment_intent_id: row.payment_intent_id,
    account_id: row.stripe_account_id,
    amount: row.amount,
    reason: row.reason,
    status: mapDisputeStatus(row.status),
    evidence_due_by: row.evidence_due_by ? new Date(row.evidence_due_by).toISOString().replace(/\.\d{3}Z$/, "Z") : null,
    created_at: new Date(row.stripe_created_at).toISOString().replace(/\.\d{3}Z$/, "Z"),
    currency: row.currency,
    evidence: row.staged_evidence ?? {},
    submitted_at: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
  }
}
