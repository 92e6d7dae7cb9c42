import { currencyDecimals } from "../../shared/currency-units"
import type { CurrencyDailyTotals, DailyFigures, OverviewDocument } from "../../shared/types/reports"

export type { CurrencyDailyTotals, OverviewDocument }

/** The series the overview chart draws, in the order of its legend (named by the `overview.series.<key>` strings). */
export const CHART_SERIES = [
  { key: "gross_volume", color: "var(--tag-blue-icon)" },
  { key: "platform_fees", color: "var(--tag-green-icon)" },
  { key: "refunds", color: "var(--tag-red-icon)" },
  { key: "payouts", color: "var(--tag-purple-icon)" },
] as const satisfies readonly { key: keyof DailyFigures; color: string }[]

export type ChartSeriesKey = (typeof CHART_SERIES)[number]["key"]

/** One point of the chart: a UTC day, its short label and the amounts in minor units. */
export type ChartRow = { date: string; label: string } & Record<ChartSeriesKey, number>

/** "2026-03-04" -> "Mar 4" (en-US) or "4. März" (de-DE), read as the UTC day it is (never shifted by the browser's time zone). */
export function dayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`)
  )
}

/** The currency to draw: the one chosen if the answer has it, else the busiest (the API lists it first). */
export function pickCurrency(overview: OverviewDocument | undefined, chosen: string | null): string | null {
  const currencies = overview?.data.map((entry) => entry.currency) ?? []
  if (chosen && currencies.includes(chosen)) return chosen
  return currencies[0] ?? null
}

/** The chart's rows for one currency, oldest day first. */
export function chartRows(entry: CurrencyDailyTotals, locale: string): ChartRow[] {
  return entry.days.map((day) => ({
    date: day.date,
    label: dayLabel(day.date, locale),
    gross_volume: day.gross_volume,
    platform_fees: day.platform_fees,
    refunds: day.refunds,
    payouts: day.payouts,
  }))
}

/** A short axis tick for an amount in minor units: 250000 usd -> "$2.5K" (en-US), 0 -> "$0". */
export function axisAmount(minor: number, currency: string, locale: string): string {
  const code = currency.toUpperCase()
  const major = minor / 10 ** currencyDecimals(code)
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(major)
  } catch {
    return `${major} ${code}`
  }
}
