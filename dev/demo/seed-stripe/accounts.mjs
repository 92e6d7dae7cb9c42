import { waitUntil } from "./client.mjs"

/**
 * Three merchants' connected accounts in the states the accounts page distinguishes: one fully onboarded and
 * selling through the demo sales channel, one with requirements currently due, one past due and disabled.
 * Stripe's side of onboarding is played by the emulator's controls; the plugin learns it from account.updated.
 */
export const DEMO_ACCOUNTS = [
  { key: "active", merchant_id: "merchant_berlin_books", email: "books@example.com", name: "Berlin Books" },
  { key: "due", merchant_id: "merchant_lisbon_ceramics", email: "ceramics@example.com", name: "Lisbon Ceramics" },
  { key: "disabled", merchant_id: "merchant_oslo_outdoor", email: "outdoor@example.com", name: "Oslo Outdoor" },
]

const STATES = {
  active: { path: "complete_onboarding", body: {} },
  due: {
    path: "update",
    body: {
      details_submitted: true,
      charges_enabled: true,
      payouts_enabled: false,
      requirements: { currently_due: ["external_account", "individual.id_number"], eventually_due: ["external_account", "individual.id_number"], past_due: [], disabled_reason: "" },
    },
  },
  disabled: {
    path: "update",
    body: {
      details_submitted: true,
      charges_enabled: false,
      payouts_enabled: false,
      requirements: { currently_due: ["individual.verification.document"], past_due: ["individual.verification.document"], disabled_reason: "requirements.past_due" },
      capabilities: { card_payments: "inactive", transfers: "inactive" },
    },
  },
}

export async function seedAccounts({ admin, emulator, salesChannelId }) {
  const ids = {}
  for (const demo of DEMO_ACCOUNTS) {
    const found = await admin.get(`/admin/stripe-connect/accounts?merchant_id=${demo.merchant_id}`)
    let accountId = found.data[0]?.account_id ?? found.data[0]?.stripe_account_id
    if (!accountId) {
      const created = await admin.post("/admin/stripe-connect/accounts", {
        merchant_id: demo.merchant_id,
        account_type: "express",
        country: "DE",
        email: demo.email,
        business_type: "company",
        business_profile: { name: demo.name, product_description: `${demo.name}, a demo merchant` },
        capabilities: { card_payments: true, transfers: true },
      })
      accountId = created.account_id
      const state = STATES[demo.key]
      await emulator.control("POST", `/accounts/${accountId}/${state.path}`, state.body)
    }
    ids[demo.key] = accountId
  }
  const active = await waitUntil(
    "the onboarded account to be active in the plugin",
    () => admin.get(`/admin/stripe-connect/accounts/${ids.active}`),
    (account) => account.charges_enabled && account.payouts_enabled
  )
  if (salesChannelId && !active.sales_channel_ids?.includes(salesChannelId)) {
    await admin.post(`/admin/stripe-connect/accounts/${ids.active}/sales-channels`, { add: [salesChannelId] })
  }
  await waitUntil(
    "the disabled account's requirements to reach the plugin",
    () => admin.get(`/admin/stripe-connect/accounts/${ids.disabled}`),
    (account) => account.status !== "pending"
  )
  return ids
}
