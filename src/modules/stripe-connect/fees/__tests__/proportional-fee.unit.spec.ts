import fc from "fast-check"
import { proportionalFee } from "../proportional-fee"

describe("proportionalFee", () => {
  it("should shrink the fee with a partial capture, rounding half up", () => {
    expect(proportionalFee(75, 500, 2500)).toBe(15)
    expect(proportionalFee(75, 1250, 2500)).toBe(38) // 37.5
    expect(proportionalFee(100, 1, 3)).toBe(33)
  })

  it("should keep the whole fee for a full capture and nothing for none", () => {
    expect(proportionalFee(75, 2500, 2500)).toBe(75)
    expect(proportionalFee(75, 0, 2500)).toBe(0)
  })

  it("should stay within 0..fee (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 0, max: 1e10 }), (fee, total, part) => {
        const share = proportionalFee(fee, Math.min(part, total), total)
        return share >= 0 && share <= fee
      })
    )
  })

  it("should refuse fractions and negatives", () => {
    expect(() => proportionalFee(1.5, 1, 2)).toThrow("proportionalFee: fee, part and total must be non-negative integers")
    expect(() => proportionalFee(1, -1, 2)).toThrow("proportionalFee: fee, part and total must be non-negative integers")
  })
})
