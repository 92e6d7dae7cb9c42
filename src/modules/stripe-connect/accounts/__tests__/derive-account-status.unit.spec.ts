import { deriveAccountStatus, type AccountStatusInput } from "../derive-account-status"

const onboarded: AccountStatusInput = {
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  requirements: { disabled_reason: null, past_due: [] },
}

describe("deriveAccountStatus", () => {
  it("is pending for a new account that has not submitted its details", () => {
    expect(
      deriveAccountStatus({
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        requirements: { disabled_reason: "requirements.past_due", past_due: ["external_account"] },
      })
    ).toBe("pending")
  })

  it("is pending when only charges are enabled before onboarding is complete", () => {
    expect(deriveAccountStatus({ ...onboarded, details_submitted: false, payouts_enabled: false })).toBe("pending")
  })

  it("is active when charges and payouts are enabled and nothing is due or disabled", () => {
    expect(deriveAccountStatus(onboarded)).toBe("active")
  })

  it("stays active with requirements only currently due before a deadline", () => {
    expect(deriveAccountStatus({ ...onboarded, requirements: { disabled_reason: null, past_due: [] } })).toBe("active")
  })

  it("is active for a custom account enabled through the API without details_submitted", () => {
    expect(deriveAccountStatus({ ...onboarded, details_submitted: false })).toBe("active")
  })

  it("is active when requirements are missing altogether", () => {
    expect(deriveAccountStatus({ ...onboarded, requirements: null })).toBe("active")
  })

  it("is restricted when payouts are off after onboarding", () => {
    expect(deriveAccountStatus({ ...onboarded, payouts_enabled: false })).toBe("restricted")
  })

  it("is restricted when charges are off after onboarding", () => {
    expect(deriveAccountStatus({ ...onboarded, charges_enabled: false })).toBe("restricted")
  })

  it("is restricted when something is past due even if charges still work", () => {
    expect(
      deriveAccountStatus({ ...onboarded, requirements: { disabled_reason: null, past_due: ["individual.id_number"] } })
    ).toBe("restricted")
  })

  it("is restricted while Stripe reviews the account", () => {
    expect(
      deriveAccountStatus({
        ...onboarded,
        charges_enabled: false,
        requirements: { disabled_reason: "under_review", past_due: [] },
      })
    ).toBe("restricted")
  })

  it.each(["rejected.fraud", "rejected.terms_of_service", "rejected.listed", "rejected.other", "platform_paused"])(
    "is disabled when disabled_reason is %s",
    (reason) => {
      expect(
        deriveAccountStatus({
          ...onboarded,
          charges_enabled: false,
          payouts_enabled: false,
          requirements: { disabled_reason: reason, past_due: [] },
        })
      ).toBe("disabled")
    }
  )

  it("is disabled for a rejected account that never finished onboarding", () => {
    expect(
      deriveAccountStatus({
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        requirements: { disabled_reason: "rejected.fraud", past_due: [] },
      })
    ).toBe("disabled")
  })
})
