import { toIsoDate, transferStatus, transferWriteGuard } from ".."

describe("transferStatus", () => {
  const base = { amount: 10000, amount_reversed: 0, available_on: null, now: 1_000 }

  it("should be paid when nothing is reversed and the funds are available", () => {
    expect(transferStatus({ ...base, available_on: 900 })).toBe("paid")
    expect(transferStatus(base)).toBe("paid")
  })

  it("should be pending while the funds become available later", () => {
    expect(transferStatus({ ...base, available_on: 1_001 })).toBe("pending")
  })

  it("should be partially_reversed after a partial reversal, even if pending", () => {
    expect(transferStatus({ ...base, amount_reversed: 5000, available_on: 5_000 })).toBe("partially_reversed")
  })

  it("should be reversed when everything is reversed", () => {
    expect(transferStatus({ ...base, amount_reversed: 10000 })).toBe("reversed")
  })
})

describe("toIsoDate", () => {
  it("should give the UTC calendar date", () => {
    expect(toIsoDate(Date.UTC(2026, 0, 26, 23, 59, 59) / 1000)).toBe("2026-01-26")
    expect(toIsoDate(Date.UTC(2026, 0, 27, 0, 0, 0) / 1000)).toBe("2026-01-27")
  })
})

describe("transferWriteGuard", () => {
  it("should accept a write only over a stored reversed amount not above Stripe's, since reversals only add up", () => {
    expect(transferWriteGuard(5000)).toEqual({ atMost: { amount_reversed: 5000 } })
    expect(transferWriteGuard(0)).toEqual({ atMost: { amount_reversed: 0 } })
  })
})
