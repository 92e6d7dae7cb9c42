import { percentOf } from "../percent-of"

describe("percentOf", () => {
  it("should round half up", () => {
    expect(percentOf(2500, 2.9)).toBe(73)
    expect(percentOf(2499, 2)).toBe(50) // 49.98
    expect(percentOf(25, 2)).toBe(1) // 0.5
    expect(percentOf(24, 2)).toBe(0) // 0.48
  })
})
