import fc from "fast-check"
import { apportion } from "../largest-remainder"

describe("apportion", () => {
  it("should give the left-over units to the largest remainders", () => {
    // quotas 3.33.., 3.33.., 3.33.. -> the first gets the unit (tie to the lower index)
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3])
    // quotas 1.5, 2.5, 6 -> ties between .5 go to the lower index
    expect(apportion(10, [15, 25, 60])).toEqual([2, 2, 6])
    // quotas 0.7, 9.3 -> 1, 9
    expect(apportion(10, [7, 93])).toEqual([1, 9])
  })

  it("should share a total by equal parts when every weight is 0", () => {
    expect(apportion(5, [0, 0])).toEqual([3, 2])
  })

  it("should give nothing to a zero weight beside positive ones", () => {
    expect(apportion(7, [0, 3, 0, 4])).toEqual([0, 3, 0, 4])
  })

  it("should stay exact for amounts whose products exceed 2^53", () => {
    expect(apportion(9_007_199_254_740_991, [3, 3, 3])).toEqual([
      3_002_399_751_580_331, 3_002_399_751_580_330, 3_002_399_751_580_330,
    ])
  })

  it("should refuse fractions and negatives", () => {
    expect(() => apportion(1.5, [1])).toThrow("total: 1.5 is not a non-negative integer")
    expect(() => apportion(1, [1, -1])).toThrow("weights[1]: -1 is not a non-negative integer")
    expect(() => apportion(1, [])).toThrow("apportion: a non-zero total needs at least one weight")
  })

  it("should sum to the total, stay within a unit of each quota and follow the weights (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = apportion(total, weights)
          const effective = weights.some((weight) => weight > 0) ? weights : weights.map(() => 1)
          const sum = effective.reduce((acc, weight) => acc + weight, 0)
          expect(parts.reduce((acc, part) => acc + part, 0)).toBe(total)
          parts.forEach((part, index) => {
            const quota = (total * effective[index]) / sum
            expect(part).toBeGreaterThanOrEqual(Math.floor(quota) - 1)
            expect(part).toBeLessThanOrEqual(Math.ceil(quota) + 1)
            if (effective[index] === 0) {
              expect(part).toBe(0)
            }
          })
          expect(apportion(total, weights)).toEqual(parts)
        }
      )
    )
  })

  it("should hand out steps of 10 and give what is below one step to the largest weight", () => {
    expect(apportion(1005, [1, 1, 2], 10)).toEqual([250, 250, 505])
    expect(apportion(1000, [1, 1, 1], 10)).toEqual([340, 330, 330])
  })
})
