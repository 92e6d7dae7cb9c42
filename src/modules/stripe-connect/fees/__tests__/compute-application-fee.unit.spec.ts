import fc from "fast-check"
import { computeApplicationFee } from "../compute-application-fee"
import type { FeeConfigurationDocument } from "../../../../shared/types/fees"

/** The example document of docs/api.md#fees. */
const SPEC_CONFIG: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [
    { volume_min: 0, volume_max: 10000, fee_percent: 3.0, fee_fixed: 30 },
    { volume_min: 10001, volume_max: 50000, fee_percent: 2.5, fee_fixed: 25 },
  ],
  per_merchant_overrides: [
    { merchant_id: "merchant_123", fee_percent: 2.0, fee_fixed: 20, reason: "Enterprise agreement" },
  ],
}
const NO_TIERS: FeeConfigurationDocument = { ...SPEC_CONFIG, fee_tiers: [] }

describe("computeApplicationFee", () => {
  it("should use an explicit fee before anything else", () => {
    const decision = computeApplicationFee({
      amount: 2500,
      currency: "usd",
      merchant_id: "merchant_123",
      explicit_fee: 75,
      configuration: SPEC_CONFIG,
    })
    expect(decision).toEqual({ fee: 75, source: "explicit", fee_percent: null, fee_fixed: null, tier_index: null })
  })

  it("should accept an explicit fee of 0", () => {
    expect(
      computeApplicationFee({ amount: 2500, currency: "usd", explicit_fee: 0, configuration: SPEC_CONFIG }).fee
    ).toBe(0)
  })

  it("should cap an explicit fee at the amount", () => {
    expect(
      computeApplicationFee({ amount: 100, currency: "usd", explicit_fee: 500, configuration: SPEC_CONFIG }).fee
    ).toBe(100)
  })

  it("should use the merchant's override before tiers", () => {
    // 2 % of 2500 = 50, + 20
    const decision = computeApplicationFee({
      amount: 2500,
      currency: "usd",
      merchant_id: "merchant_123",
      monthly_volume: 0,
      configuration: SPEC_CONFIG,
    })
    expect(decision).toMatchObject({ fee: 70, source: "override", fee_percent: 2.0, fee_fixed: 20 })
  })

  it("should use the tier holding the merchant's monthly volume", () => {
    // volume 5,000.00 USD -> tier 0: 3 % of 2500 = 75, + 30
    const low = computeApplicationFee({
      amount: 2500,
      currency: "usd",
      merchant_id: "m",
      monthly_volume: 500_000,
      configuration: SPEC_CONFIG,
    })
    expect(low).toMatchObject({ fee: 105, source: "tier", tier_index: 0 })
    // volume 20,000.00 USD -> tier 1: 2.5 % of 2500 = 62.5 -> 63 (half up), + 25
    const high = computeApplicationFee({
      amount: 2500,
      currency: "usd",
      merchant_id: "m",
      monthly_volume: 2_000_000,
      configuration: SPEC_CONFIG,
    })
    expect(high).toMatchObject({ fee: 88, source: "tier", tier_index: 1 })
  })

  it("should treat tier bounds as inclusive whole major units", () => {
    const tierAt = (volumeMinor: number) =>
      computeApplicationFee({ amount: 1000, currency: "usd", monthly_volume: volumeMinor, configuration: SPEC_CONFIG })
        .tier_index
    expect(tierAt(0)).toBe(0)
    expect(tierAt(1_000_000)).toBe(0) // 10000.00
    expect(tierAt(1_000_099)).toBe(0) // 10000.99 is still 10000 whole units
    expect(tierAt(1_000_100)).toBe(1) // 10001.00
    expect(tierAt(5_000_000)).toBe(1) // 50000.00
    expect(tierAt(5_000_100)).toBeNull() // 50001.00: above every tier
  })

  it("should count a zero-decimal currency's volume in whole units", () => {
    const decision = computeApplicationFee({
      amount: 1000,
      currency: "jpy",
      monthly_volume: 10001,
      configuration: SPEC_CONFIG,
    })
    expect(decision.tier_index).toBe(1)
  })

  it("should fall back to the default above every tier and without tiers", () => {
    // 2.9 % of 2500 = 72.5 -> 73 (half up), + 30
    const above = computeApplicationFee({
      amount: 2500,
      currency: "usd",
      monthly_volume: 10_000_000,
      configuration: SPEC_CONFIG,
    })
    expect(above).toMatchObject({ fee: 103, source: "default", fee_percent: 2.9, fee_fixed: 30 })
    expect(computeApplicationFee({ amount: 2500, currency: "usd", configuration: NO_TIERS }).source).toBe("default")
  })

  it("should round the percent part half up in exact arithmetic", () => {
    const config = { ...NO_TIERS, default_fee_percent: 2.9, default_fee_fixed: 0 }
    expect(computeApplicationFee({ amount: 50, currency: "usd", configuration: config }).fee).toBe(1) // 1.45
    expect(computeApplicationFee({ amount: 1000, currency: "usd", configuration: config }).fee).toBe(29) // 28.999... as a float
    expect(
      computeApplicationFee({ amount: 250, currency: "usd", configuration: { ...config, default_fee_percent: 1 } }).fee
    ).toBe(3) // 2.5
  })

  it("should compute zero-decimal currencies on whole units", () => {
    // 2.9 % of 1000 JPY = 29, + 30 JPY
    expect(computeApplicationFee({ amount: 1000, currency: "jpy", configuration: NO_TIERS }).fee).toBe(59)
  })

  it("should round three-decimal currencies to a multiple of 10", () => {
    // 2.9 % of 10000 (10.000 KWD) = 290, + 30 = 320; 1 % of 1230 = 12.3 -> 12, + 0 -> 10
    expect(computeApplicationFee({ amount: 10000, currency: "kwd", configuration: NO_TIERS }).fee).toBe(320)
    const onePercent = { ...NO_TIERS, default_fee_percent: 1, default_fee_fixed: 0 }
    expect(computeApplicationFee({ amount: 1230, currency: "kwd", configuration: onePercent }).fee).toBe(10)
  })

  it("should never charge more than the amount", () => {
    expect(computeApplicationFee({ amount: 20, currency: "usd", configuration: NO_TIERS }).fee).toBe(20)
  })

  it("should refuse a negative or fractional amount", () => {
    expect(() => computeApplicationFee({ amount: -1, currency: "usd", configuration: NO_TIERS })).toThrow("amount")
    expect(() => computeApplicationFee({ amount: 1.5, currency: "usd", configuration: NO_TIERS })).toThrow("amount")
  })

  it("should always give an integer fee within 0..amount (property)", () => {
    const percent = fc.integer({ min: 0, max: 1_000_000 }).map((basisPoints) => basisPoints / 10_000)
    const fixed = fc.integer({ min: 0, max: 1_000_000_000 })
    const configuration = fc.record({
      default_fee_percent: percent,
      default_fee_fixed: fixed,
      fee_tiers: fc
        .array(fc.record({ fee_percent: percent, fee_fixed: fixed, width: fc.integer({ min: 0, max: 100_000 }) }), {
          maxLength: 4,
        })
        .map((tiers) => {
          let start = 0
          return tiers.map(({ fee_percent, fee_fixed, width }) => {
            const tier = { volume_min: start, volume_max: start + width, fee_percent, fee_fixed }
            start += width + 1
            return tier
          })
        }),
      per_merchant_overrides: fc.array(
        fc.record({
          merchant_id: fc.constantFrom("a", "b", "c"),
          fee_percent: percent,
          fee_fixed: fixed,
          reason: fc.constant(null),
        }),
        { maxLength: 2 }
      ),
    })
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100_000_000_000 })),
        fc.constantFrom("usd", "jpy", "kwd", "eur", "isk"),
        fc.option(fc.constantFrom("a", "b", "z")),
        fc.option(fc.integer({ min: -1000, max: 10_000_000 })),
        fc.integer({ min: 0, max: 100_000_000 }),
        configuration,
        (amount, currency, merchant, explicit, volume, config) => {
          const { fee } = computeApplicationFee({
            amount,
            currency,
            merchant_id: merchant,
            explicit_fee: explicit,
            monthly_volume: volume,
            configuration: config,
          })
          return Number.isSafeInteger(fee) && fee >= 0 && fee <= amount
        }
      ),
      { numRuns: 2000 }
    )
  })
})
