import { rankedWriteGuard, statusesAcceptingRank, type WriteGuard } from "../records"

/** How far a payout has come: pending, in transit, paid; a paid payout can still fail; canceled is final. */
const RANK: Readonly<Record<string, number>> = {
  pending: 0,
  in_transit: 1,
  paid: 2,
  failed: 3,
  canceled: 3,
}

/** The stored payout statuses that a status read from Stripe may replace. */
export function payoutStatusesAccepting(incoming: string): string[] {
  return statusesAcceptingRank(RANK, incoming)
}

/**
 * What a stored payout must still be for a copy of Stripe's payout to be written over it (see `rankedWriteGuard`):
 * a payout handler and a staff payout request (which corrects stored payouts still shown in progress) read Stripe
 * at different times; the older copy must not land last.
 */
export function payoutWriteGuard(incomingStatus: string, eventCreated?: number | null): WriteGuard {
  return rankedWriteGuard(RANK, incomingStatus, eventCreated)
}
