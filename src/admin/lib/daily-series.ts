import { currencyDecimals } from "../../shared/currency-units"
import type { CurrencyDailyTotals, DailyFigures, OverviewDocument } from "../../shared/types/reports"

export type { CurrencyDailyTotals, OverviewDocument }

/** The series the overview chart draws, in the order of its legend. */
export const CHART_SERIES = [
  { key: "gross_volume", label: "Gross volume", color: "var(--tag-blue-icon)" },
  { key: "platform_fees", label: "Platform fees", color: "var(--tag-green-icon)" },
  { key: "refunds", label: "Refunds", color: "var(--tag-red-icon)" },
  { key: "payouts", label: "Payouts", color: "var(--tag-purple-icon)" },
] as const satisfies readonly { key: keyof DailyFigures; label: string; color: string }[]

export type ChartSeriesKey = (typeof CHART_SERIES)[number]["key"]

/** One point of the chart: a UTC day, its short label and the amounts in minor units. */
export type ChartRow = { date: string; label: string } & Record<ChartSeriesKey, number>

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** "2026-03-04" -> "Mar 4", read as the UTC day it is (never shifted by the browser's time zone). */
export function dayLabel(date: string): string {
  const [, month, day] = date.split("-").map(Number)
  return `${MONTHS[month - 1]} ${day}`
}

/** The currency to draw: the one chosen if the answer has it, else the busiest (the API lists it first). */
export function pickCurrency(overview: OverviewDocument | undefined, chosen: string | null): string | null {
  const currencies = overview?.data.map((entry) => entry.currency) ?? []
  if (chosen && currencies.includes(chosen)) return chosen
  return currencies[0] ?? null
}

/** The chart's rows for one currency, oldest day first. */
export function chartRows(entry: CurrencyDailyTotals): ChartRow[] {
  return entry.days.map((day) => ({
    date: day.date,
    label: dayLabel(day.date),
    gross_volume: day.gross_volume,
    platform_fees: day.platform_fees,
    refunds: day.refunds,
    payouts: day.payouts,
  }))
}

/** A short axis tick for an amount in minor units: 250000 usd -> "$2.5K", 0 -> "$0". */
export function axisAmount(minor: number, currency: string): string {
  const code = currency.toUpperCase()
  const major = minor / 10 ** currencyDecimals(code)
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: code, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(major)
  } catch {
    return `${major} ${code}`
  }
}
