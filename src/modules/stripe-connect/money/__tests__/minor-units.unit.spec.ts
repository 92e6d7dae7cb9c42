import { toMajorUnits, toMinorUnits, wholeMajorUnits } from ".."

describe("toMinorUnits", () => {
  it("should convert two-decimal amounts without float error", () => {
    expect(toMinorUnits(25, "usd")).toBe(2500)
    expect(toMinorUnits(19.99, "usd")).toBe(1999)
    expect(toMinorUnits("0.29", "eur")).toBe(29)
    expect(toMinorUnits(1.005, "usd")).toBe(101)
  })

  it("should keep zero-decimal amounts as they are", () => {
    expect(toMinorUnits(1000, "jpy")).toBe(1000)
    expect(toMinorUnits(999.5, "jpy")).toBe(1000)
  })

  it("should round three-decimal amounts to the multiple of 10 Stripe accepts", () => {
    expect(toMinorUnits(1.234, "kwd")).toBe(1230)
    expect(toMinorUnits(1.235, "kwd")).toBe(1240)
    expect(toMinorUnits(5, "bhd")).toBe(5000)
  })

  it("should make ISK a whole number of krónur", () => {
    expect(toMinorUnits(1500, "isk")).toBe(150000)
    expect(toMinorUnits(1500.4, "isk")).toBe(150000)
  })

  it("should refuse what is not a number", () => {
    expect(() => toMinorUnits("abc", "usd")).toThrow("amount")
  })
})

describe("toMajorUnits", () => {
  it("should give exact decimal strings", () => {
    expect(toMajorUnits(2550, "usd")).toBe("25.5")
    expect(toMajorUnits(1999, "usd")).toBe("19.99")
    expect(toMajorUnits(1000, "jpy")).toBe("1000")
    expect(toMajorUnits(1234, "kwd")).toBe("1.234")
  })

  it("should round-trip with toMinorUnits", () => {
    for (const [minor, currency] of [
      [1, "usd"],
      [123456789, "eur"],
      [7, "jpy"],
      [1230, "jod"],
    ] as const) {
      expect(toMinorUnits(toMajorUnits(minor, currency), currency)).toBe(minor)
    }
  })

  it("should refuse fractional minor units", () => {
    expect(() => toMajorUnits(1.5, "usd")).toThrow("amount")
  })
})

describe("wholeMajorUnits", () => {
  it("should round down to whole major units", () => {
    expect(wholeMajorUnits(1000099, "usd")).toBe(10000)
    expect(wholeMajorUnits(1000100, "usd")).toBe(10001)
    expect(wholeMajorUnits(10000, "jpy")).toBe(10000)
    expect(wholeMajorUnits(10999, "kwd")).toBe(10)
  })
})
