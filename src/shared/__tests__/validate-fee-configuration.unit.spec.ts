import { fieldName, validateFeeConfiguration } from "../validate-fee-configuration"
import { decimalFraction } from "../decimal-fraction"
import type { FeeConfigurationDocument } from "../types/fees"

const VALID: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [
    { volume_min: 0, volume_max: 10000, fee_percent: 3.0, fee_fixed: 30 },
    { volume_min: 10001, volume_max: null, fee_percent: 2.5, fee_fixed: 25 },
  ],
  per_merchant_overrides: [
    { merchant_id: "merchant_123", fee_percent: 2.0, fee_fixed: 20, reason: "Enterprise agreement" },
  ],
}

const fields = (document: FeeConfigurationDocument) => validateFeeConfiguration(document).map((issue) => issue.field)

describe("validateFeeConfiguration", () => {
  it("should accept the documented example (last tier unbounded)", () => {
    expect(validateFeeConfiguration(VALID)).toEqual([])
  })

  it("should refuse percents outside 0-100 or with more than four decimals", () => {
    expect(fields({ ...VALID, default_fee_percent: 101 })).toEqual(["default_fee_percent"])
    expect(fields({ ...VALID, default_fee_percent: -0.5 })).toEqual(["default_fee_percent"])
    expect(fields({ ...VALID, default_fee_percent: 2.12345 })).toEqual(["default_fee_percent"])
    expect(fields({ ...VALID, default_fee_percent: 100 })).toEqual([])
  })

  it("should refuse fixed amounts that are negative or fractional, naming the index", () => {
    expect(fields({ ...VALID, default_fee_fixed: 0.5 })).toEqual(["default_fee_fixed"])
    const tiers = [VALID.fee_tiers[0], { ...VALID.fee_tiers[1], fee_fixed: -1 }]
    expect(fields({ ...VALID, fee_tiers: tiers })).toEqual(["fee_tiers[1].fee_fixed"])
  })

  it("should refuse overlapping or unsorted tiers", () => {
    const overlapping = [VALID.fee_tiers[0], { ...VALID.fee_tiers[1], volume_min: 10000 }]
    const issues = validateFeeConfiguration({ ...VALID, fee_tiers: overlapping })
    expect(issues).toHaveLength(1)
    expect(issues[0].field).toBe("fee_tiers[1].volume_min")
    expect(issues[0].message).toContain("fee_tiers[0].volume_max (10000)")
    expect(fields({ ...VALID, fee_tiers: [VALID.fee_tiers[1], VALID.fee_tiers[0]] })).toContain(
      "fee_tiers[0].volume_max"
    )
  })

  it("should refuse a tier whose max is below its min, and an unbounded tier before the last", () => {
    expect(fields({ ...VALID, fee_tiers: [{ volume_min: 10, volume_max: 5, fee_percent: 1, fee_fixed: 0 }] })).toEqual([
      "fee_tiers[0].volume_max",
    ])
    const unboundedFirst = [{ ...VALID.fee_tiers[0], volume_max: null }, VALID.fee_tiers[1]]
    expect(fields({ ...VALID, fee_tiers: unboundedFirst })).toEqual(["fee_tiers[0].volume_max"])
  })

  it("should refuse a second override for the same merchant", () => {
    const overrides = [...VALID.per_merchant_overrides, { ...VALID.per_merchant_overrides[0], fee_percent: 1 }]
    const issues = validateFeeConfiguration({ ...VALID, per_merchant_overrides: overrides })
    expect(issues.map((issue) => issue.field)).toEqual(["per_merchant_overrides[1].merchant_id"])
    expect(issues[0].message).toContain("per_merchant_overrides[0]")
  })
})

describe("fieldName", () => {
  it("should write paths the way a client reads them", () => {
    expect(fieldName(["fee_tiers", 1, "volume_min"])).toBe("fee_tiers[1].volume_min")
    expect(fieldName(["default_fee_percent"])).toBe("default_fee_percent")
  })
})

describe("decimalFraction", () => {
  it("should read decimals exactly", () => {
    expect(decimalFraction(2.9)).toEqual({ numerator: 29n, denominator: 10n })
    expect(decimalFraction(1e-7)).toEqual({ numerator: 1n, denominator: 10000000n })
    expect(decimalFraction(100)).toEqual({ numerator: 100n, denominator: 1n })
  })
})
