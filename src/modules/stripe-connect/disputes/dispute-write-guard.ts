import { rankedWriteGuard, statusesAcceptingRank, type WriteGuard } from "../records"

/**
 * How far a Stripe dispute has come. An inquiry (`warning_*`) may escalate into a dispute that needs a response;
 * evidence moves a dispute to review; the closed statuses are final.
 */
const RANK: Readonly<Record<string, number>> = {
  warning_needs_response: 0,
  warning_under_review: 1,
  needs_response: 2,
  under_review: 3,
  warning_closed: 4,
  won: 4,
  lost: 4,
  prevented: 4,
}

/** The stored Stripe dispute statuses that a status read from Stripe may replace. */
export function disputeStatusesAccepting(incoming: string): string[] {
  return statusesAcceptingRank(RANK, incoming)
}

/**
 * What a stored dispute must still be for a copy of Stripe's dispute to be written over it (see
 * `rankedWriteGuard`): evidence submitted by staff after a handler read the dispute keeps it under review.
 */
export function disputeWriteGuard(incomingStatus: string, eventCreated?: number | null): WriteGuard {
  return rankedWriteGuard(RANK, incomingStatus, eventCreated)
}
