import { toIsoDate, transferIdempotencyKeys, transferStatus, transferWriteGuard } from ".."

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

describe("transferIdempotencyKeys", () => {
  it("should give the same create key for the same request and identity, another for another amount", () => {
    const identity = { account_id: "acct_1", amount: 100, currency: "usd" }
    expect(transferIdempotencyKeys.create("r1", identity)).toBe(transferIdempotencyKeys.create("r1", { ...identity }))
    expect(transferIdempotencyKeys.create("r1", identity)).not.toBe(transferIdempotencyKeys.create("r1", { ...identity, amount: 101 }))
    expect(transferIdempotencyKeys.create("r1", identity)).not.toBe(transferIdempotencyKeys.create("r2", identity))
  })

  it("should name the transfer and request in reversal keys", () => {
    expect(transferIdempotencyKeys.reverse("tr_1", "r1", 500)).toBe("stripe-connect:transfer:reverse:tr_1:r1:500")
    expect(transferIdempotencyKeys.reverse("tr_1", "r1", null)).toBe("stripe-connect:transfer:reverse:tr_1:r1:all")
  })
})

describe("transferWriteGuard", () => {
  it("should accept a write only over a stored reversed amount not above Stripe's, since reversals only add up", () => {
    expect(transferWriteGuard(5000)).toEqual({ atMost: { amount_reversed: 5000 } })
    expect(transferWriteGuard(0)).toEqual({ atMost: { amount_reversed: 0 } })
  })
})
