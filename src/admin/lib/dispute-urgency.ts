/** Whole days left to respond (negative once past), or null without a deadline. */
export function daysLeft(evidenceDueBy: string | null, now: Date): number | null {
  if (!evidenceDueBy) return null
  return Math.floor((Date.parse(evidenceDueBy) - now.getTime()) / 86_400_000)
}
