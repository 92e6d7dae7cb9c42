import type { DailyTotalRow } from "./types"
import type { CurrencyDailyTotals, DailyFigures } from "../../../shared/types/reports"
import type { DailyWindow } from "./daily-window"

const zero = (): DailyFigures => ({
  gross_volume: 0,
  platform_fees: 0,
  platform_fees_refunded: 0,
  refunds: 0,
  payouts: 0,
})

/**
 * Turns the database's sums into one series per currency with every day of the window present (zeros where
 * nothing happened). Currencies come busiest first (by gross volume, then payouts), then by code.
 */
export function buildDailyTotals(window: DailyWindow, rows: DailyTotalRow[]): CurrencyDailyTotals[] {
  const byCurrency = new Map<string, Map<string, DailyFigures>>()
  for (const row of rows) {
    const currency = row.currency.toLowerCase()
    const days = byCurrency.get(currency) ?? new Map<string, DailyFigures>()
    byCurrency.set(currency, days)
    const figures = days.get(row.date) ?? zero()
    figures[row.series] += row.amount
    days.set(row.date, figures)
  }
  const result = [...byCurrency.entries()].map(([currency, days]) => {
    const totals = zero()
    const series = window.dates.map((date) => {
      const figures = days.get(date) ?? zero()
      for (const key of Object.keys(totals) as (keyof DailyFigures)[]) totals[key] += figures[key]
      return { date, ...figures }
    })
    return { currency, totals, days: series }
  })
  return result.sort(
    (a, b) =>
      b.totals.gross_volume - a.totals.gross_volume ||
      b.totals.payouts - a.totals.payouts ||
      a.currency.localeCompare(b.currency)
  )
}
