/** A short date and time for tables in the reader's locale ("Nov 23, 2026, 10:15 AM" in en-US). */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return "-"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })
}
