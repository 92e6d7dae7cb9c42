// Signed Stripe-like events of about 3 KB with fresh ids, made the way Stripe signs deliveries.
import { createHmac, randomBytes } from "node:crypto"

const filler = "x".repeat(2200)

/** Where the plugin stores the events it receives. */
export const EVENT_TABLE = "stripe_connect_webhook_event"

/** A payout.paid event (its handler runs: an ordering check and a host event) with a fresh id under `prefix`. */
export function makeEvent(prefix, i) {
  const id = `${prefix}${randomBytes(8).toString("hex")}_${i}`
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: "payout.paid",
    data: {
      object: {
        id: `po_${prefix}${i}`,
        object: "payout",
        amount: 2500,
        currency: "usd",
        status: "paid",
        arrival_date: Math.floor(Date.now() / 1000),
        failure_code: null,
        failure_message: null,
        metadata: { order_id: `order_${i}`, note: filler },
      },
    },
  }
}

export function sign(payload, secret, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex")
  return `t=${timestamp},v1=${signature}`
}

/** How many events with ids under `prefix` are processed (or ignored). */
export async function countProcessed(pool, prefix) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS done FROM ${EVENT_TABLE} WHERE stripe_event_id LIKE $1 AND status IN ('processed', 'ignored')`,
    [`${prefix}%`]
  )
  return rows[0].done
}

/** Waits until `expected` events under `prefix` are processed; false if that takes longer than `timeoutMs`. */
export async function waitProcessed(pool, prefix, expected, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if ((await countProcessed(pool, prefix)) >= expected) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}
