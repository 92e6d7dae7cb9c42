import { feeOnCapture, isZeroDecimal, proportion, proportionalShare, sourceTransactionRemaining } from "../money"

describe("money: proportional arithmetic in integer minor units", () => {
  it("refunding 500 of a 2500 charge with a 75 fee refunds exactly 15", () => {
    expect(proportionalShare(75, 2500, 0, 500, 0)).toBe(15)
  })

  it("rounds half up on the exact rational value", () => {
    expect(proportion(100, 1, 3)).toBe(33) // 33.33
    expect(proportion(100, 2, 3)).toBe(67) // 66.67
    expect(proportion(100, 1, 8)).toBe(13) // 12.5
    expect(proportion(5, 1, 2)).toBe(3) // 2.5
  })

  it("partial refunds in several steps sum to exactly the fee", () => {
    const fee = 101
    const charge = 3000
    let returned = 0
    let refunded = 0
    for (const step of [1000, 1000, 1000]) {
      const share = proportionalShare(fee, charge, refunded, step, returned)
      returned += share
      refunded += step
    }
    expect(returned).toBe(101)
  })

  it("never returns more than what is left of the total", () => {
    expect(proportionalShare(75, 2500, 2000, 1000, 75)).toBe(0)
    expect(proportionalShare(75, 2500, 2400, 100, 72)).toBe(3)
  })

  it("keeps the application fee on capture, capped at the captured amount", () => {
    expect(feeOnCapture(200, 5000)).toBe(200)
    expect(feeOnCapture(75, 50)).toBe(50)
    expect(feeOnCapture(75, 75)).toBe(75)
  })

  it("uses exact integers for amounts beyond float precision", () => {
    expect(proportion(99_999_999, 99_999_999, 99_999_999)).toBe(99_999_999)
    expect(proportion(9_007_199_254_740_991, 1, 1)).toBe(9_007_199_254_740_991)
  })

  it("rejects non-integer and invalid inputs", () => {
    expect(() => proportion(1.5, 1, 2)).toThrow(RangeError)
    expect(() => proportion(1, 1, 0)).toThrow(RangeError)
  })

  it("knows zero-decimal currencies", () => {
    expect(isZeroDecimal("JPY")).toBe(true)
    expect(isZeroDecimal("krw")).toBe(true)
    expect(isZeroDecimal("usd")).toBe(false)
  })

  it("a charge funds source_transaction transfers up to its captured amount in total, reversals not given back", () => {
    expect(sourceTransactionRemaining(3000, [])).toBe(3000)
    expect(sourceTransactionRemaining(3000, [2000])).toBe(1000)
    expect(sourceTransactionRemaining(2500, [2500])).toBe(0) // a destination charge's own transfer
    expect(sourceTransactionRemaining(2500, [2000, 1000])).toBe(0)
    expect(sourceTransactionRemaining(0, [])).toBe(0) // not captured
  })
})
