import { execFileSync } from "node:child_process"
import Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { emulator } from "../accounts/emulator"

/** A free loopback port, found synchronously (the app's port must be known before the app boots). */
export function freePortSync(): number {
  const out = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ])
  return Number(String(out).trim())
}

/** The SDK pointed at the emulator, as the plugin's own client is. */
export function emulatorStripe(): Stripe {
  const url = new URL(process.env.STRIPE_EMULATOR_URL as string)
  return new Stripe("sk_test_webhooks_spec", {
    host: url.hostname,
    port: Number(url.port),
    protocol: "http",
    maxNetworkRetries: 0,
  })
}

const signer = new Stripe("sk_test_signer")

/** Signs a payload the way Stripe does (for deliveries the emulator cannot make: a test-only type, a stale time). */
export function signPayload(payload: string, secret: string, timestamp?: number): string {
  return signer.webhooks.generateTestHeaderString({ payload, secret, timestamp })
}

/** A Stripe event of any type, with a fresh id unless one is given. */
export function makeEvent(
  type: string,
  object: Record<string, unknown>,
  extra: { id?: string; account?: string; created?: number } = {}
): Record<string, unknown> {
  return {
    id: extra.id ?? `evt_test_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`,
    object: "event",
    api_version: "2026-10-28.endive",
    created: extra.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
    ...(extra.account ? { account: extra.account } : {}),
  }
}

export type WebhookRow = {
  id: string
  stripe_event_id: string
  endpoint: string
  account: string | null
  type: string
  status: string
  attempts: number
  last_error: string | null
  next_attempt_at: Date | null
  processed_at: Date | null
  related_object_ids: string[]
}

export function knexOf(container: MedusaContainer): Knex {
  return container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
}

/** Stored webhook events, oldest first, optionally of one Stripe event. */
export async function storedEvents(container: MedusaContainer, stripeEventId?: string): Promise<WebhookRow[]> {
  const query = knexOf(container)("stripe_connect_webhook_event").select("*").orderBy("created_at", "asc")
  if (stripeEventId) {
    query.where({ stripe_event_id: stripeEventId })
  }
  return (await query) as WebhookRow[]
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < until) {
    try {
      const value = await check()
      if (value !== undefined && value !== false) {
        return value
      }
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`)
}

/** Creates a webhook endpoint at the emulator (platform, or Connect with `connect: true`) and returns its secret. */
export async function emulatorEndpoint(url: string, connect: boolean): Promise<{ id: string; secret: string }> {
  const stripe = emulatorStripe()
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: ["*"], ...(connect ? { connect: true } : {}) })
  return { id: endpoint.id, secret: endpoint.secret as string }
}

export { emulator }
