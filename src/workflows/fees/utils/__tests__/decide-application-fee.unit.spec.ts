import { EMPTY_FEE_CONFIGURATION } from "../../../../modules/stripe-connect/fees"
import type { FeeConfigurationDocument } from "../../../../shared/types/fees"
import { decideApplicationFee } from "../decide-application-fee"

const DOCUMENT: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [
    { volume_min: 0, volume_max: 10000, fee_percent: 3, fee_fixed: 30 },
    { volume_min: 10001, volume_max: null, fee_percent: 2, fee_fixed: 20 },
  ],
  per_merchant_overrides: [{ merchant_id: "m_override", fee_percent: 1, fee_fixed: 10, reason: null }],
}

const basis = {
  document: DOCUMENT,
  scope: "usd",
  configuration_change_id: "scfeech_1",
  /** m_big has processed $20,000.00 this month; m_small $50.00. */
  monthly_volumes: { m_big: 2_000_000, m_small: 5_000, m_override: 9_000_000 },
}

describe("decideApplicationFee", () => {
  it("should choose each merchant's tier by its own monthly volume and keep that volume in the basis", () => {
    const big = decideApplicationFee({ amount: 10_000, currency: "usd", merchant_id: "m_big" }, basis)
    const small = decideApplicationFee({ amount: 10_000, currency: "usd", merchant_id: "m_small" }, basis)
    expect(big).toMatchObject({ fee: 220, source: "tier", tier_index: 1, monthly_volume: 2_000_000 })
    expect(small).toMatchObject({ fee: 330, source: "tier", tier_index: 0, monthly_volume: 5_000 })
    expect(big.fee_basis).toEqual({
      source: "tier",
      scope: "usd",
      configuration_change_id: "scfeech_1",
      monthly_volume: 2_000_000,
    })
  })

  it("should count a merchant without payments this month as volume 0", () => {
    const decision = decideApplicationFee({ amount: 10_000, currency: "usd", merchant_id: "m_new" }, basis)
    expect(decision).toMatchObject({ fee: 330, tier_index: 0, monthly_volume: 0 })
  })

  it("should take the merchant's override before any tier", () => {
    const decision = decideApplicationFee({ amount: 10_000, currency: "usd", merchant_id: "m_override" }, basis)
    expect(decision).toMatchObject({ fee: 110, source: "override", monthly_volume: 9_000_000 })
    expect(decision.fee_basis.source).toBe("override")
  })

  it("should take an explicit fee with volume 0, keeping the version in force", () => {
    const decision = decideApplicationFee(
      { amount: 10_000, currency: "usd", merchant_id: "m_big", explicit_fee: 75 },
      basis
    )
    expect(decision).toMatchObject({ fee: 75, source: "explicit", monthly_volume: 0 })
    expect(decision.fee_basis).toMatchObject({ source: "explicit", scope: "usd", monthly_volume: 0 })
  })

  it("should take no fee when no document was saved", () => {
    const none = { document: EMPTY_FEE_CONFIGURATION, scope: null, configuration_change_id: null, monthly_volumes: {} }
    const decision = decideApplicationFee({ amount: 10_000, currency: "usd", merchant_id: "m_big" }, none)
    expect(decision).toMatchObject({ fee: 0, source: "default", monthly_volume: 0 })
    expect(decision.fee_basis).toEqual({
      source: "default",
      scope: null,
      configuration_change_id: null,
      monthly_volume: 0,
    })
  })
})
