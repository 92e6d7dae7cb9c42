import type { DisputeStatus } from "../../../../shared/types/disputes"

/** `order` of `GET /disputes`: `-created_at` (newest first, the default) or `urgency`. */
export const DISPUTE_LIST_ORDERS = ["-created_at", "urgency"] as const
export type DisputeListOrder = (typeof DISPUTE_LIST_ORDERS)[number]

type SortOrder = Record<string, "ASC" | "DESC">

/** A run of the list: the disputes of some statuses, sorted among themselves. */
export type DisputeListSegment = { statuses: DisputeStatus[] | null; order: SortOrder }

const NEWEST_FIRST: SortOrder = { stripe_created_at: "DESC", id: "DESC" }

/**
 * The list as consecutive runs, so paging walks the whole ordering rather than sorting within one page. Urgency:
 * disputes needing a response, soonest evidence deadline first (PostgreSQL sorts a missing deadline last in
 * ascending order); then those the bank is still reviewing; then the decided ones.
 */
export function disputeListSegments(order: DisputeListOrder): DisputeListSegment[] {
  if (order === "-created_at") {
    return [{ statuses: null, order: NEWEST_FIRST }]
  }
  return [
    { statuses: ["needs_response"], order: { evidence_due_by: "ASC", ...NEWEST_FIRST } },
    { statuses: ["under_review"], order: NEWEST_FIRST },
    { statuses: ["won", "lost"], order: NEWEST_FIRST },
  ]
}

/** The statuses a segment lists under the caller's `status` filter (none: the segment is empty). */
export function segmentStatuses(
  segment: DisputeListSegment,
  requested: DisputeStatus[] | undefined
): DisputeStatus[] | null {
  if (!requested) {
    return segment.statuses
  }
  return segment.statuses ? segment.statuses.filter((status) => requested.includes(status)) : requested
}
