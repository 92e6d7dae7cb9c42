const DAY_MS = 24 * 60 * 60 * 1000

export type DailyWindow = {
  /** Midnight UTC of the first day, included. */
  start: Date
  /** Midnight UTC after the last day (today), excluded. */
  end: Date
  /** Every day of the window as YYYY-MM-DD, oldest first. */
  dates: string[]
}

/** The last `days` whole UTC days up to and including the day of `now`. */
export function dailyWindow(days: number, now: Date): DailyWindow {
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const start = todayStart - (days - 1) * DAY_MS
  const dates = Array.from({ length: days }, (_, index) => new Date(start + index * DAY_MS).toISOString().slice(0, 10))
  return { start: new Date(start), end: new Date(todayStart + DAY_MS), dates }
}
