import { eventOrderGuard } from "./event-order-guard"
import type { WriteGuard } from "./write-guard"

/**
 * The stored statuses that `incoming` may replace, given each status's rank: a status replaces any of the same or a
 * lower rank, never a higher one. An unknown incoming status replaces nothing.
 */
export function statusesAcceptingRank(ranks: Readonly<Record<string, number>>, incoming: string): string[] {
  const rank = ranks[incoming]
  if (rank === undefined) {
    return []
  }
  return Object.keys(ranks).filter((status) => ranks[status] <= rank)
}

/**
 * What a stored record must still be for a copy of its Stripe object to be written over it: a status no further on
 * and, for a webhook's write (`eventCreated`, Unix seconds), no newer event applied (`eventOrderGuard`).
 */
export function rankedWriteGuard(
  ranks: Readonly<Record<string, number>>,
  incomingStatus: string,
  eventCreated?: number | null
): WriteGuard {
  return {
    oneOf: { status: statusesAcceptingRank(ranks, incomingStatus) },
    ...(eventCreated ? eventOrderGuard(eventCreated) : {}),
  }
}
