import { formatMinor, minorToMajorText, parseMajorToMinor } from "../money"

describe("admin money helpers", () => {
  it("should format minor units knowing two-, zero- and three-decimal currencies", () => {
    expect(formatMinor(2500, "usd", "en-US")).toBe("$25.00")
    expect(formatMinor(2500, "jpy", "en-US")).toBe("¥2,500")
    expect(formatMinor(12340, "kwd", "en-US")).toMatch(/12\.340/)
    expect(formatMinor(null, "usd", "en-US")).toBe("-")
  })

  it("should write the amount the reader's way, with the currency's own decimals", () => {
    expect(formatMinor(123456, "usd", "de-DE")).toBe("1.234,56\u00a0$")
    expect(formatMinor(123456, "eur", "fr-FR")).toBe("1\u202f234,56\u00a0€")
    expect(formatMinor(123456, "eur", "es-ES")).toBe("1234,56\u00a0€")
    expect(formatMinor(2500, "jpy", "de-DE")).toBe("2.500\u00a0¥")
    expect(formatMinor(12345, "kwd", "de-DE")).toBe("12,345\u00a0KWD")
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
