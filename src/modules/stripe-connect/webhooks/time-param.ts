/**
 * Reads a time given as ISO 8601 or as unix seconds (Stripe's way), or returns null when it is neither.
 */
export function parseTimeParam(value: string | number): Date | null {
  if (typeof value === "number" || /^\d+$/.test(value)) {
    const seconds = Number(value)
    return Number.isSafeInteger(seconds) ? new Date(seconds * 1000) : null
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) {
    return null
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}
