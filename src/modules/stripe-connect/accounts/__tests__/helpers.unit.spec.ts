import { stripeCompanyAccount as stripeAccount } from "../__fixtures__/stripe-account"
import { accountMirrorFromStripe } from "../account-from-stripe"
import { eventOrderGuard } from "../../records"
import { isStaleStripeEvent, unixToIso } from "../event-order"
import { stripeModeFromApiKey } from "../stripe-mode"

describe("stripeModeFromApiKey", () => {
  it.each([
    ["sk_test_123", "test"],
    ["rk_test_123", "test"],
    ["sk_live_123", "live"],
    ["rk_live_123", "live"],
  ])("reads %s as %s", (key, mode) => {
    expect(stripeModeFromApiKey(key)).toBe(mode)
  })
})

describe("isStaleStripeEvent", () => {
  const applied = new Date("2026-01-24T19:00:10Z")
  const at = (iso: string) => Math.floor(new Date(iso).getTime() / 1000)

  it("applies any event when nothing was applied yet", () => {
    expect(isStaleStripeEvent(at("2020-01-01T00:00:00Z"), null)).toBe(false)
  })
  it("skips an event older than the applied one", () => {
    expect(isStaleStripeEvent(at("2026-01-24T19:00:09Z"), applied)).toBe(true)
  })
  it("applies an event of the same second or newer", () => {
    expect(isStaleStripeEvent(at("2026-01-24T19:00:10Z"), applied)).toBe(false)
    expect(isStaleStripeEvent(at("2026-01-24T19:00:11Z"), applied.toISOString())).toBe(false)
  })
  it("guards a write with the same rule: a stored event up to the end of this event's second accepts it", () => {
    const eventCreated = at("2026-01-24T19:00:10Z")
    const limit = eventOrderGuard(eventCreated).notAfter?.last_stripe_event_at as Date
    expect(limit.toISOString()).toBe("2026-01-24T19:00:10.999Z")
    expect(isStaleStripeEvent(eventCreated, new Date(limit.getTime()))).toBe(false)
    expect(isStaleStripeEvent(eventCreated, new Date(limit.getTime() + 1))).toBe(true)
  })
  it("formats unix seconds as ISO", () => {
    expect(unixToIso(1769281200)).toBe("2026-01-24T19:00:00.000Z")
  })
})

describe("accountMirrorFromStripe", () => {
  it("mirrors Stripe's fields and derives the status", () => {
    const mirror = accountMirrorFromStripe(stripeAccount)
    expect(mirror).toEqual(
      expect.objectContaining({
        country: "US",
        capabilities: { card_payments: "active", transfers: "pending" },
        requirements: { currently_due: ["a"], eventually_due: ["a", "b"], past_due: [], disabled_reason: null },
        payout_schedule: { interval: "weekly", delay_days: 2, weekly_anchor: "friday" },
        status: "active",
      })
    )
    expect(mirror.business_profile.name).toBe("Downtown Grill")
  })

  it("keeps Stripe's controller properties, with null for what Stripe leaves out", () => {
    const controlled = accountMirrorFromStripe({
      ...stripeAccount,
      controller: {
        type: "application",
        is_controller: true,
        fees: { payer: "application" },
        losses: { payments: "application" },
        stripe_dashboard: { type: "express" },
        requirement_collection: "stripe",
      },
    })
    expect(controlled.controller).toEqual({
      type: "application",
      fees: { payer: "application" },
      losses: { payments: "application" },
      stripe_dashboard: { type: "express" },
      requirement_collection: "stripe",
    })
    const selfControlled = accountMirrorFromStripe({ ...stripeAccount, controller: { type: "account" } })
    expect(selfControlled.controller).toEqual({
      type: "account",
      fees: { payer: null },
      losses: { payments: null },
      stripe_dashboard: { type: null },
      requirement_collection: null,
    })
    expect(accountMirrorFromStripe({ ...stripeAccount, controller: undefined }).controller).toBeNull()
  })
})
