import { toFeeDocument, toFeeForm, validateFeeForm, type FeeForm } from "../fee-form"

const form = (overrides: Partial<FeeForm> = {}): FeeForm => ({
  default_fee_percent: "2.9",
  default_fee_fixed: "30",
  fee_tiers: [],
  per_merchant_overrides: [],
  ...overrides,
})

describe("fee editor form", () => {
  it("should turn typed text into the API's document, blank maximum meaning unbounded and blank fixed meaning 0", () => {
    const document = toFeeDocument(
      form({
        fee_tiers: [
          { volume_min: "0", volume_max: "9999", fee_percent: "3", fee_fixed: "" },
          { volume_min: "10000", volume_max: "", fee_percent: "2.5", fee_fixed: "25" },
        ],
        per_merchant_overrides: [{ merchant_id: " m_1 ", fee_percent: "1", fee_fixed: "0", reason: "" }],
      })
    )
    expect(document).toEqual({
      default_fee_percent: 2.9,
      default_fee_fixed: 30,
      fee_tiers: [
        { volume_min: 0, volume_max: 9999, fee_percent: 3, fee_fixed: 0 },
        { volume_min: 10000, volume_max: null, fee_percent: 2.5, fee_fixed: 25 },
      ],
      per_merchant_overrides: [{ merchant_id: "m_1", fee_percent: 1, fee_fixed: 0, reason: null }],
    })
  })

  it("should round-trip a stored document through the form", () => {
    const stored = {
      default_fee_percent: 1.5,
      default_fee_fixed: 0,
      fee_tiers: [{ volume_min: 0, volume_max: null, fee_percent: 2, fee_fixed: 10 }],
      per_merchant_overrides: [{ merchant_id: "m", fee_percent: 0.5, fee_fixed: 5, reason: "launch partner" }],
    }
    expect(toFeeDocument(toFeeForm(stored))).toEqual(stored)
  })

  it("should report overlapping tiers on the later tier's volume_min, as the API does", () => {
    const errors = validateFeeForm(
      form({
        fee_tiers: [
          { volume_min: "0", volume_max: "1000", fee_percent: "3", fee_fixed: "0" },
          { volume_min: "500", volume_max: "", fee_percent: "2", fee_fixed: "0" },
        ],
      })
    )
    expect(errors.get("fee_tiers[1].volume_min")).toMatch(/must not overlap/)
    expect(errors.size).toBe(1)
  })

  it("should report a percent over 100, a fractional fixed fee and a blank override merchant", () => {
    const errors = validateFeeForm(
      form({
        default_fee_percent: "101",
        default_fee_fixed: "2.5",
        per_merchant_overrides: [{ merchant_id: "", fee_percent: "1", fee_fixed: "0", reason: "" }],
      })
    )
    expect(errors.get("default_fee_percent")).toMatch(/between 0 and 100/)
    expect(errors.get("default_fee_fixed")).toMatch(/non-negative integer/)
    expect(errors.get("per_merchant_overrides[0].merchant_id")).toMatch(/required/)
  })

  it("should accept a valid form", () => {
    expect(validateFeeForm(form()).size).toBe(0)
  })
})
