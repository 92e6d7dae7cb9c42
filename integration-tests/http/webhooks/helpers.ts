import { execFileSync } from "node:child_process"
import Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { emulator } from "../accounts/emulator"
import { emulatorStripe } from "../../helpers/emulator-stripe"

export { emulatorStripe }

/** A free loopback port, found synchronously (the app's port must be known before the app boots). */
export function freePortSync(): number {
  const out = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ])
  return Number(String(out).trim())
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

/**
 * Polls until `check` returns a value that is not undefined/false, or fails after `timeoutMs` (generous: CI runs
 * the app, a second instance and PostgreSQL on two cores; only a failing wait takes that long).
 */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 60_000): Promise<T> {
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

/** The one stored row of a Stripe event once its status is `status` (or one of them). */
export function storedEventWith(
  container: MedusaContainer,
  stripeEventId: string,
  status: string | string[] = "processed",
  timeoutMs?: number
): Promise<WebhookRow> {
  const statuses = typeof status === "string" ? [status] : status
  return waitFor(
    async () => {
      const rows = await storedEvents(container, stripeEventId)
      return rows.length === 1 && statuses.includes(rows[0].status) ? rows[0] : undefined
    },
    `${stripeEventId} to be ${statuses.join(" or ")}`,
    timeoutMs
  )
}

/**
 * The one stored row of a Stripe event once its processing has ended (processed, ignored or failed). After a test
 * runs a sweep itself, the app's own scheduled sweep (every minute) may have claimed the event first and still be
 * at it; a failed attempt shows here with its error before any retry replaces it.
 */
export function settledEvent(container: MedusaContainer, stripeEventId: string): Promise<WebhookRow> {
  return storedEventWith(container, stripeEventId, ["processed", "ignored", "failed"])
}

/** Creates a webhook endpoint at the emulator (platform, or Connect with `connect: true`) and returns its secret. */
export async function emulatorEndpoint(url: string, connect: boolean): Promise<{ id: string; secret: string }> {
  const stripe = emulatorStripe()
  const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: ["*"], ...(connect ? { connect: true } : {}) })
  return { id: endpoint.id, secret: endpoint.secret as string }
}

export type Delivered = { status: number; data: Record<string, unknown> }

export type WebhookSpec = {
  /** The app's port, known before it boots: endpoints deliver to it and the plugin's `publicUrl` is built from it. */
  port: number
  appUrl: string
  /** The endpoints' signing secrets (set before the app boots). */
  secrets: { platform: string; connect: string }
  /** POSTs a raw body, with this `stripe-signature` (none if left out), to the app or to the instance at `port`. */
  post: (path: string, payload: string, signature?: string, port?: number) => Promise<Delivered>
  /** POSTs the event signed with `secret`, as Stripe delivers it. */
  deliver: (path: string, event: Record<string, unknown>, secret: string, port?: number) => Promise<Delivered>
}

/**
 * What every webhook spec needs before its app boots (call it before `medusaIntegrationTestRunner`): a free port
 * for the app, a reset emulator and the plugin's signing secrets in the environment. By default the secrets are
 * those of a platform and a Connect endpoint created at the emulator, which then delivers Stripe's events to the
 * app; `fixedSecrets` creates no endpoint (the emulator delivers nothing, the test signs what it sends).
 * `secretLists` gives the plugin more secrets per endpoint (rolling) and their order.
 */
export function webhookSpecSetup(
  options: {
    fixedSecrets?: { platform?: string; connect?: string }
    secretLists?: (secrets: { platform: string; connect: string }) => { platform: string[]; connect: string[] }
  } = {}
): WebhookSpec {
  const port = freePortSync()
  process.env.PORT = String(port)
  const appUrl = `http://localhost:${port}`
  const secrets = { platform: "", connect: "" }

  beforeAll(async () => {
    await emulator("POST", "/reset")
    const fixed = options.fixedSecrets
    if (fixed) {
      secrets.platform = fixed.platform ?? ""
      secrets.connect = fixed.connect ?? ""
    } else {
      secrets.platform = (await emulatorEndpoint(`${appUrl}/hooks/stripe-connect/platform`, false)).secret
      secrets.connect = (await emulatorEndpoint(`${appUrl}/hooks/stripe-connect/connect`, true)).secret
    }
    const lists = options.secretLists?.(secrets) ?? { platform: [secrets.platform], connect: [secrets.connect] }
    for (const [endpoint, list] of [["PLATFORM", lists.platform], ["CONNECT", lists.connect]] as const) {
      const given = list.filter(Boolean)
      if (given.length) {
        process.env[`STRIPE_WEBHOOK_SECRETS_${endpoint}`] = given.join(",")
      }
    }
  })

  const post = async (path: string, payload: string, signature?: string, target = port): Promise<Delivered> => {
    const response = await fetch(`http://127.0.0.1:${target}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      body: payload,
    })
    const text = await response.text()
    return { status: response.status, data: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
  }
  const deliver = (path: string, event: Record<string, unknown>, secret: string, target?: number) => {
    const payload = JSON.stringify(event)
    return post(path, payload, signPayload(payload, secret), target)
  }
  return { port, appUrl, secrets, post, deliver }
}

export { emulator }
