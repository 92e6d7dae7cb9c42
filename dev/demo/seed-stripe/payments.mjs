import { DAY, waitUntil } from "./client.mjs"

/**
 * Destination charges to the onboarded account spread over the last 30 days. The emulator's clock is set back
 * first, so Stripe's objects and events carry those past dates; then it is put back where it was. Most payments
 * capture at once, some are authorized and captured from the admin, one stays authorized, one is partly
 * refunded and one is fully refunded. `amount` in minor units (EUR cents). The one marked `order` pays the demo
 * order kept for it (its total, Medusa's major units, in cents), so the order page shows a payment split.
 */
const PAYMENTS = [
  { day: 29, amount: 4200, email: "mia@example.com" },
  { day: 26, amount: 1899, email: "noah@example.com", manual: true },
  { day: 23, amount: 7550, email: "emma@example.com", refund: 2000 },
  { day: 20, amount: 2500, email: "liam@example.com" },
  { day: 17, amount: 12900, email: "olivia@example.com", manual: true },
  { day: 14, amount: 3600, email: "lucas@example.com", refund: 3600 },
  { day: 11, amount: 980, email: "sofia@example.com" },
  { day: 8, amount: 5400, email: "elias@example.com", manual: true },
  { day: 5, amount: 2250, email: "hanna@example.com" },
  { day: 2, amount: 6400, email: "margaret@example.com", order: true },
  { day: 0, amount: 3100, email: "ida@example.com", manual: true, leaveAuthorized: true },
]

const wallClock = () => Math.floor(Date.now() / 1000)

/** Sets the emulator's clock to `daysAgo` days before its usual time (wall time plus the `offset` it had). */
async function setClock(emulator, offset, daysAgo) {
  const { now } = await emulator.control("GET", "/clock")
  await emulator.control("POST", "/clock/advance", { seconds: wallClock() + offset - daysAgo * DAY - now })
}

const paymentOf = (admin, id) => admin.get(`/admin/stripe-connect/payments/${id}`)

export async function seedPayments({ admin, emulator, accountId, order }) {
  const existing = await admin.get(`/admin/stripe-connect/payments?account_id=${accountId}&limit=1`)
  if (existing.count > 0) return { charges: [] }
  const offset = (await emulator.control("GET", "/clock")).now - wallClock()
  const charges = []
  try {
    for (const p of PAYMENTS) {
      await setClock(emulator, offset, p.day)
      const forOrder = p.order && order ? { order_id: order.id, amount: Math.round(Number(order.total) * 100) } : { amount: p.amount }
      const created = await admin.post("/admin/stripe-connect/payments", {
        account_id: accountId,
        ...forOrder,
        currency: "eur",
        customer_email: p.email,
        capture_method: p.manual ? "manual" : "automatic",
        metadata: { seeded_by: "demo" },
      })
      const id = created.payment_intent_id
      // The customer pays (the emulator plays the card): automatic payments succeed, manual ones are authorized.
      const intent = await emulator.control("POST", `/payment_intents/${id}/${p.manual ? "confirm" : "succeed"}`, {})
      charges.push({ payment_intent_id: id, charge: intent.latest_charge, amount: forOrder.amount })
      if (p.manual) {
        await waitUntil(`${id} to be authorized`, () => paymentOf(admin, id), (payment) => payment.status === "requires_capture")
        if (p.leaveAuthorized) continue
        await admin.post(`/admin/stripe-connect/payments/${id}/capture`, {})
      }
      await waitUntil(`${id} to be captured`, () => paymentOf(admin, id), (payment) => payment.status === "succeeded")
      if (p.refund) {
        await admin.post(`/admin/stripe-connect/payments/${id}/refund`, { amount: p.refund, reason: "requested_by_customer", refund_application_fee: true })
      }
    }
  } finally {
    await setClock(emulator, offset, 0)
  }
  return { charges }
}

/** A customer disputes one charge today, so the dispute waits for evidence (needs_response) with a due date ahead. */
export async function seedDispute({ admin, emulator, charges }) {
  const existing = await admin.get("/admin/stripe-connect/disputes?limit=1")
  if (existing.count > 0 || !charges.length) return
  const target = charges.find((c) => c.amount === 2500) ?? charges[0]
  const dispute = await emulator.control("POST", `/charges/${target.charge}/dispute`, { reason: "product_not_received" })
  await waitUntil(
    `dispute ${dispute.id} to reach the plugin`,
    () => admin.get("/admin/stripe-connect/disputes?limit=5"),
    (list) => list.count > 0
  )
}
