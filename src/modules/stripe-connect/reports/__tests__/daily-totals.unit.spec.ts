import { buildDailyTotals } from "../daily-totals"
import { dailyWindow } from "../daily-window"

describe("dailyWindow", () => {
  it("should cover the last N whole UTC days, today included, whatever the hour", () => {
    const window = dailyWindow(3, new Date("2026-03-01T23:59:59.999Z"))
    expect(window.dates).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"])
    expect(window.start.toISOString()).toBe("2026-02-27T00:00:00.000Z")
    expect(window.end.toISOString()).toBe("2026-03-02T00:00:00.000Z")
  })

  it("should give one day for days = 1", () => {
    expect(dailyWindow(1, new Date("2026-01-10T00:00:00.000Z")).dates).toEqual(["2026-01-10"])
  })
})

describe("buildDailyTotals", () => {
  const window = dailyWindow(3, new Date("2026-03-03T12:00:00Z"))

  it("should fill every day of the window with zeros where nothing happened", () => {
    const [usd] = buildDailyTotals(window, [
      { series: "gross_volume", currency: "usd", date: "2026-03-02", amount: 2500 },
    ])
    expect(usd.days).toEqual([
      { date: "2026-03-01", gross_volume: 0, platform_fees: 0, platform_fees_refunded: 0, refunds: 0, payouts: 0 },
      { date: "2026-03-02", gross_volume: 2500, platform_fees: 0, platform_fees_refunded: 0, refunds: 0, payouts: 0 },
      { date: "2026-03-03", gross_volume: 0, platform_fees: 0, platform_fees_refunded: 0, refunds: 0, payouts: 0 },
    ])
  })

  it("should keep currencies apart, add up their series and total them", () => {
    const result = buildDailyTotals(window, [
      { series: "gross_volume", currency: "eur", date: "2026-03-01", amount: 1000 },
      { series: "gross_volume", currency: "USD", date: "2026-03-01", amount: 5000 },
      { series: "platform_fees", currency: "usd", date: "2026-03-01", amount: 150 },
      { series: "refunds", currency: "usd", date: "2026-03-03", amount: 700 },
      { series: "payouts", currency: "usd", date: "2026-03-03", amount: 2000 },
      { series: "payouts", currency: "usd", date: "2026-03-03", amount: 300 },
    ])
    expect(result.map((entry) => entry.currency)).toEqual(["usd", "eur"])
    expect(result[0].totals).toEqual({
      gross_volume: 5000,
      platform_fees: 150,
      platform_fees_refunded: 0,
      refunds: 700,
      payouts: 2300,
    })
    expect(result[0].days[2]).toEqual(expect.objectContaining({ refunds: 700, payouts: 2300 }))
    expect(result[1].totals.gross_volume).toBe(1000)
  })

  it("should answer no currency at all when there is nothing", () => {
    expect(buildDailyTotals(window, [])).toEqual([])
  })

  it("should list a currency with only payouts after the ones with volume", () => {
    const result = buildDailyTotals(window, [
      { series: "payouts", currency: "aud", date: "2026-03-01", amount: 10 },
      { series: "gross_volume", currency: "gbp", date: "2026-03-01", amount: 10 },
    ])
    expect(result.map((entry) => entry.currency)).toEqual(["gbp", "aud"])
  })
})
