import type { BalanceDocument } from "./types"

export type BalanceRow = { currency: string; available: number; pending: number; reserved: number }

/** One row per currency from Stripe's three lists (available, pending, reserved), sorted by currency. */
export function balanceRows(balance: BalanceDocument): BalanceRow[] {
  const rows = new Map<string, BalanceRow>()
  const row = (currency: string) => {
    const existing = rows.get(currency)
    if (existing) return existing
    const created = { currency, available: 0, pending: 0, reserved: 0 }
    rows.set(currency, created)
    return created
  }
  for (const entry of balance.available) row(entry.currency).available += entry.amount
  for (const entry of balance.pending) row(entry.currency).pending += entry.amount
  for (const entry of balance.connect_reserved) row(entry.currency).reserved += entry.amount
  return [...rows.values()].sort((a, b) => a.currency.localeCompare(b.currency))
}
