import { formatFixedFee, formatMinor, minorToMajorText, parseMajorToMinor } from "../money"

describe("admin money helpers", () => {
  it("should format minor units knowing two-, zero- and three-decimal currencies", () => {
    expect(formatMinor(2500, "usd")).toBe("$25.00")
    expect(formatMinor(2500, "jpy")).toBe("¥2,500")
    expect(formatMinor(12340, "kwd")).toMatch(/12\.340/)
    expect(formatMinor(null, "usd")).toBe("-")
  })

  it("should read typed major amounts as integer minor units without floating point", () => {
    expect(parseMajorToMinor("12.5", "usd")).toBe(1250)
    expect(parseMajorToMinor("0.29", "usd")).toBe(29)
    expect(parseMajorToMinor("1.005", "usd")).toBeNull()
    expect(parseMajorToMinor("500", "jpy")).toBe(500)
    expect(parseMajorToMinor("5.5", "jpy")).toBeNull()
    expect(parseMajorToMinor("1.234", "kwd")).toBe(1234)
    expect(parseMajorToMinor("-1", "usd")).toBeNull()
    expect(parseMajorToMinor("abc", "usd")).toBeNull()
  })

  it("should write minor units back as major text for inputs", () => {
    expect(minorToMajorText(1250, "usd")).toBe("12.50")
    expect(minorToMajorText(5, "usd")).toBe("0.05")
    expect(minorToMajorText(500, "jpy")).toBe("500")
  })
})

describe("formatFixedFee", () => {
  it("should show money for one currency's configuration and minor units for the platform-wide one", () => {
    expect(formatFixedFee(30, "usd")).toBe("$0.30")
    expect(formatFixedFee(30, null)).toBe("30 minor units")
  })
})
