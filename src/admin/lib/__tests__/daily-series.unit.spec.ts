import { axisAmount, chartRows, dayLabel, pickCurrency, type OverviewDocument } from "../daily-series"

const figures = { gross_volume: 0, platform_fees: 0, platform_fees_refunded: 0, refunds: 0, payouts: 0 }
const overview: OverviewDocument = {
  days: 2,
  from: "2026-02-28",
  to: "2026-03-01",
  data: [
    {
      currency: "usd",
      totals: { ...figures, gross_volume: 2500, platform_fees: 75, refunds: 500, payouts: 1000 },
      days: [
        { date: "2026-02-28", ...figures },
        {
          date: "2026-03-01",
          ...figures,
          gross_volume: 2500,
          platform_fees: 75,
          platform_fees_refunded: 15,
          refunds: 500,
          payouts: 1000,
        },
      ],
    },
    { currency: "eur", totals: { ...figures, gross_volume: 100 }, days: [] },
  ],
}

describe("dayLabel", () => {
  it("should name the UTC day without shifting it to the browser's time zone", () => {
    expect(dayLabel("2026-03-01", "en-US")).toBe("Mar 1")
    expect(dayLabel("2026-12-31", "en-US")).toBe("Dec 31")
  })

  it("should name the day in the reader's language", () => {
    expect(dayLabel("2026-03-01", "de-DE")).toBe("1. März")
    expect(dayLabel("2026-03-01", "fr-FR")).toBe("1 mars")
  })
})

describe("pickCurrency", () => {
  it("should keep the chosen currency when the overview has it", () => {
    expect(pickCurrency(overview, "eur")).toBe("eur")
  })

  it("should fall back to the busiest currency, and to none without data", () => {
    expect(pickCurrency(overview, "gbp")).toBe("usd")
    expect(pickCurrency(overview, null)).toBe("usd")
    expect(pickCurrency({ ...overview, data: [] }, "usd")).toBeNull()
    expect(pickCurrency(undefined, null)).toBeNull()
  })
})

describe("chartRows", () => {
  it("should give one row per day, oldest first, with the four charted series in minor units", () => {
    expect(chartRows(overview.data[0], "en-US")).toEqual([
      { date: "2026-02-28", label: "Feb 28", gross_volume: 0, platform_fees: 0, refunds: 0, payouts: 0 },
      { date: "2026-03-01", label: "Mar 1", gross_volume: 2500, platform_fees: 75, refunds: 500, payouts: 1000 },
    ])
  })
})

describe("axisAmount", () => {
  it("should show compact major units, knowing zero-decimal currencies", () => {
    expect(axisAmount(250000, "usd", "en-US")).toBe("$2.5K")
    expect(axisAmount(0, "usd", "en-US")).toBe("$0")
    expect(axisAmount(1500, "jpy", "en-US")).toBe("¥1.5K")
    expect(axisAmount(2550, "eur", "en-US")).toBe("€25.5")
  })

  it("should write the tick in the reader's locale", () => {
    expect(axisAmount(2550, "eur", "de-DE")).toBe("25,5\u00a0€")
  })
})
