import type Stripe from "stripe"

/** A company account with card payments active, transfers pending and a weekly payout schedule. */
export const stripeCompanyAccount = {
  id: "acct_1",
  object: "account",
  country: "US",
  email: "owner@restaurant.com",
  business_type: "company",
  business_profile: { name: "Downtown Grill", mcc: "5812", url: "https://downtowngrill.com", support_email: null },
  capabilities: { card_payments: "active", transfers: "pending" },
  requirements: { currently_due: ["a"], eventually_due: ["a", "b"], past_due: [], disabled_reason: null },
  charges_enabled: true,
  payouts_enabled: true,
  details_submitted: true,
  settings: { payouts: { schedule: { interval: "weekly", delay_days: 2, weekly_anchor: "friday" } } },
} as unknown as Stripe.Account
