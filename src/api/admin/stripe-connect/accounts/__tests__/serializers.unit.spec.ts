import { stripeCompanyAccount as stripeAccount } from "../../../../../modules/stripe-connect/accounts/__fixtures__/stripe-account"
import { accountMirrorFromStripe } from "../../../../../modules/stripe-connect/accounts/account-from-stripe"
import { toAccountStatusDocument } from "../serializers"

const controller = {
  type: "application",
  fees: { payer: "application" },
  losses: { payments: "application" },
  stripe_dashboard: { type: "express" },
  requirement_collection: "stripe",
}

describe("toAccountStatusDocument", () => {
  it("builds the status document with Stripe's account id and only the profile fields that have values", () => {
    const mirror = accountMirrorFromStripe(stripeAccount)
    const doc = toAccountStatusDocument({
      ...mirror,
      controller,
      id: "scacct_1",
      stripe_account_id: "acct_1",
      merchant_id: "merchant_123",
      mode: "test",
      type: "express",
      requested_capabilities: null,
      last_stripe_event_at: null,
      metadata: null,
      created_at: new Date("2026-01-24T19:00:00Z"),
      updated_at: new Date("2026-01-24T19:00:00.000Z"),
      deleted_at: null,
    })
    expect(doc).toEqual({
      account_id: "acct_1",
      merchant_id: "merchant_123",
      status: "active",
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      capabilities: { card_payments: "active", transfers: "pending" },
      requirements: { currently_due: ["a"], eventually_due: ["a", "b"], past_due: [], disabled_reason: null },
      business_profile: { name: "Downtown Grill", mcc: "5812", url: "https://downtowngrill.com" },
      payout_schedule: { interval: "weekly", delay_days: 2, weekly_anchor: "friday" },
      controller,
      account_type: "express",
      mode: "test",
      country: "US",
      email: "owner@restaurant.com",
      created_at: "2026-01-24T19:00:00.000Z",
      updated_at: "2026-01-24T19:00:00.000Z",
    })
  })
})
