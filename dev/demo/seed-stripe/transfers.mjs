import { waitUntil } from "./client.mjs"

/**
 * Two transfers from the platform to the onboarded account (a bonus and a correction), the second partly
 * reversed. The platform's own funds are topped up first (the emulator's control, as a top-up at Stripe would).
 *
 * The reversal's webhook events are the demo's failed ones: they are held back, the emulator is told to answer
 * 500 to the plugin's reads of that transfer, and then they are delivered, so the handler really fails and the
 * event shows as failed (with Replay) until the emulator restarts or its injected faults run out.
 */
export async function seedTransfers({ admin, emulator, accountId }) {
  const existing = await admin.get(`/admin/stripe-connect/transfers?account_id=${accountId}&limit=1`)
  if (existing.count > 0) return
  await emulator.control("POST", "/balance/add", { amount: 100000, currency: "eur" })
  await admin.post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 15000, currency: "eur", description: "Launch bonus" })
  const correction = await admin.post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 5000, currency: "eur", description: "Shipping costs, October" })

  await emulator.control("POST", "/webhooks/config", { auto_deliver: false })
  try {
    await admin.post(`/admin/stripe-connect/transfers/${correction.transfer_id}/reverse`, { amount: 2000, description: "Shipping costs were lower" })
    await emulator.control("POST", "/faults", { status: 500, method: "GET", path: `/v1/transfers/${correction.transfer_id}`, count: 500 })
  } finally {
    await emulator.control("POST", "/webhooks/config", { auto_deliver: true })
    await emulator.control("POST", "/webhooks/flush", {})
  }
  await waitUntil(
    "the reversal's webhook event to fail in the plugin",
    () => admin.get("/admin/stripe-connect/webhook-events?status=failed&limit=1"),
    (list) => list.count > 0
  )
}
