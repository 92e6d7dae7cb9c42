import { waitUntil } from "./client.mjs"

/** Two payouts of the onboarded account: one Stripe pays, one the bank returns (failed, account_closed). */
export async function seedPayouts({ admin, emulator, accountId }) {
  const existing = await admin.get(`/admin/stripe-connect/accounts/${accountId}/payouts?limit=1`)
  if (existing.data.length > 0) return
  await emulator.control("POST", "/balance/make_available", { account: accountId })
  for (const [amount, status] of [
    [10000, "paid"],
    [2500, "failed"],
  ]) {
    const payout = await admin.post(`/admin/stripe-connect/accounts/${accountId}/payouts`, { amount, currency: "eur", method: "standard" })
    await emulator.control("POST", `/payouts/${payout.payout_id}/status`, { account: accountId, status, failure_code: "account_closed" })
    await waitUntil(
      `payout ${payout.payout_id} to be ${status}`,
      () => admin.get(`/admin/stripe-connect/accounts/${accountId}/payouts?limit=10`),
      (list) => list.data.some((p) => p.payout_id === payout.payout_id && p.status === status)
    )
  }
}
