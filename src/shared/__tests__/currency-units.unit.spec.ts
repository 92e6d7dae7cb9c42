import { currencyDecimals, minorUnitStep } from "../currency-units"

describe("currencyDecimals", () => {
  it("should know two-, zero- and three-decimal currencies in any case", () => {
    expect(currencyDecimals("usd")).toBe(2)
    expect(currencyDecimals("JPY")).toBe(0)
    expect(currencyDecimals("krw")).toBe(0)
    expect(currencyDecimals("KWD")).toBe(3)
    expect(currencyDecimals("eur")).toBe(2)
  })

  it("should ask for multiples of 10 in three-decimal currencies and 100 in ISK", () => {
    expect(minorUnitStep("bhd")).toBe(10)
    expect(minorUnitStep("isk")).toBe(100)
    expect(minorUnitStep("usd")).toBe(1)
  })
})
