import {
  LEDGER_DAILY_SERIES,
  type LedgerDailyFigures,
  type LedgerDailyTotals,
} from "../../../shared/types/reconciliation"
import type { DailyWindow } from "./daily-window"

/** The ledger's sums of one balance, currency and UTC day, as the database answers them. */
export type LedgerDailyRow = LedgerDailyFigures & { account_id: string | null; currency: string; date: string }

const zero = (): LedgerDailyFigures =>
  Object.fromEntries(LEDGER_DAILY_SERIES.map((series) => [series, 0])) as LedgerDailyFigures

/**
 * Turns the ledger's daily sums into one series per balance and currency with every day of the window present
 * (zeros where nothing happened): the platform's balance first, then connected accounts by id, each currency by code.
 */
export function buildLedgerDailyTotals(window: DailyWindow, rows: LedgerDailyRow[]): LedgerDailyTotals[] {
  const groups = new Map<
    string,
    { account_id: string | null; currency: string; days: Map<string, LedgerDailyFigures> }
  >()
  for (const row of rows) {
    const currency = row.currency.toLowerCase()
    const key = `${row.account_id ?? ""}\u0000${currency}`
    const group = groups.get(key) ?? { account_id: row.account_id, currency, days: new Map() }
    groups.set(key, group)
    const figures = group.days.get(row.date) ?? zero()
    for (const series of LEDGER_DAILY_SERIES) figures[series] += row[series]
    group.days.set(row.date, figures)
  }
  const result = [...groups.values()].map(({ account_id, currency, days }) => {
    const totals = zero()
    const series = window.dates.map((date) => {
      const figures = days.get(date) ?? zero()
      for (const key of LEDGER_DAILY_SERIES) totals[key] += figures[key]
      return { date, ...figures }
    })
    return { account_id, currency, totals, days: series }
  })
  return result.sort(
    (a, b) =>
      Number(a.account_id !== null) - Number(b.account_id !== null) ||
      (a.account_id ?? "").localeCompare(b.account_id ?? "") ||
      a.currency.localeCompare(b.currency)
  )
}
