import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { isStripeRefusal } from "../stripe-refusal"

describe("isStripeRefusal", () => {
  it("should count Stripe's 4xx answers as refusals", () => {
    expect(isStripeRefusal(new StripeConnectError("insufficient_balance", "short"))).toBe(true)
    expect(isStripeRefusal(new StripeConnectError("invalid_request", "bad"))).toBe(true)
    expect(isStripeRefusal(new StripeConnectError("account_not_found", "gone"))).toBe(true)
  })

  it("should not count an outcome it cannot know as a refusal", () => {
    expect(isStripeRefusal(new StripeConnectError("stripe_error", "Stripe is down"))).toBe(false)
    expect(isStripeRefusal(new StripeConnectError("conflict", "same key"))).toBe(false)
    expect(isStripeRefusal(new StripeConnectError("rate_limited", "slow down"))).toBe(false)
    expect(isStripeRefusal(new Error("socket hang up"))).toBe(false)
  })
})
