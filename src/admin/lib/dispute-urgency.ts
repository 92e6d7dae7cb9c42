import type { DisputeDocument } from "./types"

const STATUS_RANK: Record<string, number> = { needs_response: 0, under_review: 1, lost: 2, won: 3 }

/**
 * Disputes by urgency: those needing a response first, soonest evidence deadline first (no deadline last), then
 * those under review, then decided ones; newest first within a rank.
 */
export function sortDisputesByUrgency(disputes: DisputeDocument[]): DisputeDocument[] {
  const due = (dispute: DisputeDocument) => (dispute.evidence_due_by ? Date.parse(dispute.evidence_due_by) : Number.POSITIVE_INFINITY)
  return [...disputes].sort(
    (a, b) =>
      (STATUS_RANK[a.status] ?? 4) - (STATUS_RANK[b.status] ?? 4) ||
      due(a) - due(b) ||
      Date.parse(b.created_at) - Date.parse(a.created_at)
  )
}

/** Whole days left to respond (negative once past), or null without a deadline. */
export function daysLeft(evidenceDueBy: string | null, now: Date): number | null {
  if (!evidenceDueBy) return null
  return Math.floor((Date.parse(evidenceDueBy) - now.getTime()) / 86_400_000)
}
