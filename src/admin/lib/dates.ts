/** A short date and time for tables in the reader's locale ("Nov 23, 2026, 10:15 AM" in en-US). */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return "-"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })
}

/**
 * A calendar day in the reader's locale ("Dec 9, 2026" in en-US), for Stripe's arrival dates (YYYY-MM-DD, a UTC
 * day). Read and written in UTC, so a reader west of UTC does not see the day before.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return "-"
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleDateString(locale, { dateStyle: "medium", timeZone: "UTC" })
}
