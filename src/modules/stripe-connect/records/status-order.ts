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
