import type { FeeConfigurationDocument } from "../../../../shared/types/fees"
import { EMPTY_FEE_CONFIGURATION } from "../default-fee-configuration"
import { feeConfigurationInForce, type FeeConfigurationCandidate } from "../fee-configuration-in-force"

const PLATFORM: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [],
  per_merchant_overrides: [],
}
const EUR: FeeConfigurationDocument = { ...PLATFORM, default_fee_percent: 1.5, default_fee_fixed: 25 }

const stored = (
  currencyCode: string,
  document: FeeConfigurationDocument,
  newest: FeeConfigurationCandidate["newest_change"]
): FeeConfigurationCandidate => ({
  currency_code: currencyCode,
  document,
  updated_at: new Date("2026-12-01T10:00:00.000Z"),
  updated_by: "user_1",
  newest_change: newest,
})

describe("feeConfigurationInForce", () => {
  const platform = stored("*", PLATFORM, { id: "scfeech_platform", after: PLATFORM })
  const eur = stored("eur", EUR, { id: "scfeech_eur", after: EUR })

  it("should take the currency's own document before the platform-wide one, with its own version", () => {
    const inForce = feeConfigurationInForce([platform, eur], "EUR")
    expect(inForce).toEqual({
      configuration: { currency_code: "eur", document: EUR, updated_at: eur.updated_at, updated_by: "user_1" },
      document: EUR,
      scope: "eur",
      configuration_change_id: "scfeech_eur",
    })
  })

  it("should take the platform-wide document for a currency without its own", () => {
    const inForce = feeConfigurationInForce([eur, platform], "usd")
    expect(inForce).toMatchObject({ document: PLATFORM, scope: "*", configuration_change_id: "scfeech_platform" })
  })

  it("should take the platform-wide document when no currency is asked for", () => {
    expect(feeConfigurationInForce([eur, platform], null)).toMatchObject({ scope: "*", document: PLATFORM })
  })

  it("should answer no fee and no version when nothing was saved", () => {
    expect(feeConfigurationInForce([], "usd")).toEqual({
      configuration: null,
      document: EMPTY_FEE_CONFIGURATION,
      scope: null,
      configuration_change_id: null,
    })
  })

  it("should leave the version unknown when the scope has no audited change", () => {
    const unaudited = stored("eur", EUR, null)
    expect(feeConfigurationInForce([platform, unaudited], "eur")).toMatchObject({
      scope: "eur",
      document: EUR,
      configuration_change_id: null,
    })
  })

  it("should leave the version unknown when the newest change is not the stored document (saved, not yet audited)", () => {
    const ahead = stored("eur", EUR, { id: "scfeech_old", after: PLATFORM })
    expect(feeConfigurationInForce([ahead], "eur")).toMatchObject({ scope: "eur", configuration_change_id: null })
  })

  it("should never take the platform-wide document's version for a currency's own document", () => {
    const unaudited = stored("eur", EUR, null)
    expect(feeConfigurationInForce([unaudited, platform], "eur").configuration_change_id).toBeNull()
  })

  it("should accept the newest change when it holds the same document in another key order", () => {
    const reordered = {
      per_merchant_overrides: [],
      fee_tiers: [],
      default_fee_fixed: 25,
      default_fee_percent: 1.5,
    } as FeeConfigurationDocument
    const audited = stored("eur", EUR, { id: "scfeech_eur", after: reordered })
    expect(feeConfigurationInForce([audited], "eur").configuration_change_id).toBe("scfeech_eur")
  })
})
