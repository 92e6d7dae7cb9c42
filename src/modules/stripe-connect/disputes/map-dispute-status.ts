import type { DisputeStatus } from "../../../shared/types/disputes"

/**
 * Stripe's dispute status as one of the API's four (docs/api.md#disputes). Inquiries (`warning_*`) map like disputes;
 * `warning_closed` (an inquiry closed without a chargeback: the merchant keeps the funds) counts as won.
 */
export function mapDisputeStatus(stripeStatus: string): DisputeStatus {
  switch (stripeStatus) {
    case "needs_response":
    case "warning_needs_response":
      return "needs_response"
    case "under_review":
    case "warning_under_review":
      return "under_review"
    case "won":
    case "warning_closed":
      return "won"
    case "lost":
      return "lost"
    default:
      return "under_review"
  }
}

/** Stripe statuses that an API status stands for (for list filters). */
export function stripeStatusesFor(status: DisputeStatus): string[] {
  return {
    needs_response: ["needs_response", "warning_needs_response"],
    under_review: ["under_review", "warning_under_review"],
    won: ["won", "warning_closed"],
    lost: ["lost"],
  }[status]
}

/**
 * Why the evidence of a dispute can no longer change, or null when it can: evidence is editable only while the
 * dispute needs a response, was never submitted, and its `evidence_due_by` has not passed.
 */
export function evidenceLockReason(
  dispute: {
    dispute_id: string
    status: string
    submitted_at: Date | string | null
    evidence_due_by: Date | string | null
  },
  now: Date
): string | null {
  if (dispute.submitted_at) {
    return `Evidence for dispute ${dispute.dispute_id} was already submitted; it can no longer be changed`
  }
  if (mapDisputeStatus(dispute.status) !== "needs_response") {
    return `Dispute ${dispute.dispute_id} is ${mapDisputeStatus(dispute.status)}; its evidence can no longer be changed`
  }
  if (dispute.evidence_due_by && new Date(dispute.evidence_due_by).getTime() <= now.getTime()) {
    return `The evidence for dispute ${dispute.dispute_id} was due by ${new Date(dispute.evidence_due_by).toISOString()}; it can no longer be changed`
  }
  return null
}
