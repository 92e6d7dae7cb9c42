/** A short, local date and time for tables ("Nov 23, 2026, 10:15"). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "-"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "-"
  return date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })
}
