import { dailyWindow } from "../daily-window"
import { buildLedgerDailyTotals, type LedgerDailyRow } from "../ledger-daily-totals"

const figures = {
  gross_volume: 0,
  platform_fees: 0,
  platform_fees_refunded: 0,
  refunds: 0,
  disputes: 0,
  net: 0,
  payouts: 0,
}
const row = (over: Partial<LedgerDailyRow>): LedgerDailyRow => ({
  account_id: null,
  currency: "usd",
  date: "2026-03-02",
  ...figures,
  ...over,
})

describe("buildLedgerDailyTotals", () => {
  const window = dailyWindow(3, new Date("2026-03-03T12:00:00Z"))

  it("should fill every day of the window with zeros and total each figure over the window", () => {
    const [platform] = buildLedgerDailyTotals(window, [
      row({ date: "2026-03-01", gross_volume: 2500, platform_fees: 75, net: 2352 }),
      row({ date: "2026-03-03", refunds: 500, platform_fees_refunded: 15, disputes: 700, net: -1200 }),
    ])
    expect(platform.days).toEqual([
      { date: "2026-03-01", ...figures, gross_volume: 2500, platform_fees: 75, net: 2352 },
      { date: "2026-03-02", ...figures },
      { date: "2026-03-03", ...figures, refunds: 500, platform_fees_refunded: 15, disputes: 700, net: -1200 },
    ])
    expect(platform.totals).toEqual({
      ...figures,
      gross_volume: 2500,
      platform_fees: 75,
      platform_fees_refunded: 15,
      refunds: 500,
      disputes: 700,
      net: 1152,
    })
  })

  it("should keep each balance and currency apart, the platform's first, then accounts by id, currencies by code", () => {
    const totals = buildLedgerDailyTotals(window, [
      row({ account_id: "acct_B", currency: "usd", payouts: 1000 }),
      row({ account_id: "acct_A", currency: "JPY", payouts: 2000 }),
      row({ account_id: null, currency: "usd", gross_volume: 900 }),
      row({ account_id: "acct_A", currency: "eur", payouts: 10 }),
      row({ account_id: null, currency: "jpy", gross_volume: 5000 }),
    ])
    expect(totals.map((t) => [t.account_id, t.currency, t.totals.payouts + t.totals.gross_volume])).toEqual([
      [null, "jpy", 5000],
      [null, "usd", 900],
      ["acct_A", "eur", 10],
      ["acct_A", "jpy", 2000],
      ["acct_B", "usd", 1000],
    ])
  })

  it("should add rows of the same balance, currency and day (currency codes in any case)", () => {
    const [usd] = buildLedgerDailyTotals(window, [
      row({ currency: "USD", gross_volume: 100 }),
      row({ currency: "usd", gross_volume: 250 }),
    ])
    expect(usd.days[1].gross_volume).toBe(350)
    expect(usd.totals.gross_volume).toBe(350)
  })
})
