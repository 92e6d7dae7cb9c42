import type Stripe from "stripe"
import type { Emulator } from "./context"
import { ApiError, invalidRequest, OAuthError } from "./errors"
import { decodeForm, FormObject } from "./form"
import { Params } from "./params"
import type { ControlHandler, ControlResult } from "./server"
import { PLATFORM } from "./store"
import { capabilityObject } from "./resources/accounts"
import { ensureDefaultBankAccount } from "./resources/external-accounts"
import { requireInvoice, payInvoice } from "./resources/invoices"
import { completeSession, expireDueSessions, requireSession } from "./resources/checkout"
import { sessionFromLink } from "./resources/payment-links"
import { mutate, requireAccount } from "./resources/common"
import { closeDispute, openDispute, requireDispute } from "./resources/disputes"
import { captureIntent } from "./resources/money-flow"
import { confirm, requireIntent } from "./resources/payment-intents"
import { advancePayout, createAutomaticPayout, requirePayout } from "./resources/payouts"
import { deauthorize, issueAuthorizationCode } from "./resources/oauth"
import { hostedPage } from "./hosted"

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/** Control bodies may be JSON or form-encoded; values are normalised to strings like Stripe params. */
function parseBody(body: Buffer): FormObject {
  const text = body.toString("utf8").trim()
  if (!text) return {}
  if (text.startsWith("{")) {
    const toForm = (v: Json): FormObject[string] => {
      if (v === null) return ""
      if (Array.isArray(v)) return v.map(toForm)
      if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toForm(x)]))
      return String(v)
    }
    const parsed = JSON.parse(text) as Json
    const out = toForm(parsed)
    return typeof out === "object" && !Array.isArray(out) ? out : {}
  }
  return decodeForm(text)
}

const ok = (body: unknown): ControlResult => ({ status: 200, body })

/** The scope named by `account` in the body or query (the platform when absent). */
function scopeOf(p: Params, q: URLSearchParams): string {
  return p.str("account") || q.get("account") || PLATFORM
}

export function createControls(em: Emulator): ControlHandler {
  type Run = (m: RegExpExecArray, p: Params, q: URLSearchParams) => ControlResult | Promise<ControlResult>
  const routes: Array<{ method: string; re: RegExp; run: Run }> = []
  const on = (method: string, pattern: string, run: Run) =>
    routes.push({ method, re: new RegExp("^/_emulator" + pattern.replace(/:[a-z_]+/g, "([^/]+)") + "$"), run })

  on("POST", "/reset", () => {
    em.reset()
    return ok({ reset: true })
  })
  on("GET", "/state", (_m, _p, q) => {
    const scope = q.get("account") || PLATFORM
    const accounts = em.store.all<Stripe.Account>(PLATFORM, "account")
    return ok({
      now: em.now(),
      scope,
      balance: em.ledger.balance(scope),
      accounts: accounts.map((a) => ({ id: a.id, type: a.type, charges_enabled: a.charges_enabled, payouts_enabled: a.payouts_enabled, details_submitted: a.details_submitted, balance: em.ledger.balance(a.id) })),
      counts: Object.fromEntries(
        ["payment_intent", "charge", "refund", "transfer", "application_fee", "payout", "dispute", "invoice", "event", "webhook_endpoint"].map((k) => [k, em.store.all(scope, k).length])
      ),
      queued_events: em.webhooks.queuedIds(),
      faults: em.faults.active(),
    })
  })
  on("GET", "/requests", (_m, _p, q) =>
    ok({ data: em.log.query({ method: q.get("method") ?? undefined, path: q.get("path") ?? undefined, account: q.get("account") ?? undefined, since: q.get("since") ? Number(q.get("since")) : undefined }) })
  )
  on("DELETE", "/requests", () => {
    em.log.clear()
    return ok({ cleared: true })
  })
  on("POST", "/faults", (_m, p) => {
    const fault = em.faults.add({ status: p.int("status"), delay_ms: p.int("delay_ms"), count: p.int("count"), method: p.str("method"), path: p.str("path"), after: p.bool("after") })
    return ok(fault)
  })
  on("GET", "/faults", () => ok({ data: em.faults.active() }))
  on("DELETE", "/faults", () => {
    em.faults.clear()
    return ok({ cleared: true })
  })
  on("GET", "/clock", () => ok({ now: em.now() }))
  on("POST", "/clock/advance", (_m, p) => {
    const now = em.clock.advance(p.requiredInt("seconds"))
    const released = em.ledger.release(null, true)
    const expired_sessions = expireDueSessions(em)
    return ok({ now, released, expired_sessions })
  })
  on("POST", "/balance/make_available", (_m, p) => {
    const account = p.str("account")
    return ok({ released: em.ledger.release(account || null, false) })
  })
  on("POST", "/balance/add", (_m, p, q) => {
    const scope = scopeOf(p, q)
    const amount = p.requiredInt("amount")
    const status = (p.str("status") ?? "available") as "available" | "pending"
    const txn = em.ledger.record(scope, { amount, currency: p.currency() ?? "usd", type: "adjustment", source: null, status, description: "Emulator top-up" })
    return ok(txn)
  })
  on("POST", "/payment_intents/:id/confirm", (m, p, q) => {
    const scope = scopeOf(p, q)
    return ok(confirm(em, scope, requireIntent(em, scope, m[1]), p.str("payment_method") || "pm_card_visa"))
  })
  on("POST", "/payment_intents/:id/succeed", (m, p, q) => {
    const scope = scopeOf(p, q)
    const pi = requireIntent(em, scope, m[1])
    if (pi.status !== "requires_capture") confirm(em, scope, pi, p.str("payment_method") || "pm_card_visa")
    if (pi.status === "requires_capture") captureIntent(em, scope, pi, undefined, undefined)
    return ok(pi)
  })
  on("POST", "/invoices/:id/pay", (m, p, q) => {
    const scope = scopeOf(p, q)
    return ok(payInvoice(em, scope, requireInvoice(em, scope, m[1]), p.bool("paid_out_of_band") ?? false, p.str("payment_method") || "pm_card_visa"))
  })
  on("POST", "/checkout/sessions/:id/complete", (m, p, q) => {
    const scope = scopeOf(p, q)
    return ok(completeSession(em, scope, requireSession(em, scope, m[1]), p.str("payment_method") || "pm_card_visa"))
  })
  on("POST", "/payment_links/:id/pay", (m, p, q) => {
    const scope = scopeOf(p, q)
    const link = em.store.require<Stripe.PaymentLink>(scope, "payment_link", m[1], "payment_link")
    return ok(completeSession(em, scope, sessionFromLink(em, scope, link), p.str("payment_method") || "pm_card_visa"))
  })
  on("POST", "/charges/:id/dispute", (m, p, q) => {
    const scope = scopeOf(p, q)
    const charge = em.store.require<Stripe.Charge>(scope, "charge", m[1], "charge")
    return ok(openDispute(em, scope, charge, p.str("reason") ?? "fraudulent", p.int("amount")))
  })
  on("POST", "/disputes/:id/close", (m, p, q) => {
    const scope = scopeOf(p, q)
    const outcome = p.str("outcome") ?? p.str("status") ?? "won"
    if (outcome !== "won" && outcome !== "lost") throw invalidRequest("outcome must be won or lost", "outcome")
    return ok(closeDispute(em, scope, requireDispute(em, scope, m[1]), outcome))
  })
  on("POST", "/payouts/automatic", (_m, p, q) => ok(createAutomaticPayout(em, scopeOf(p, q), p.currency() ?? "usd")))
  on("POST", "/payouts/:id/status", (m, p, q) => {
    const scope = scopeOf(p, q)
    const status = p.requiredStr("status")
    if (status !== "in_transit" && status !== "paid" && status !== "failed") throw invalidRequest("status must be in_transit, paid or failed", "status")
    return ok(advancePayout(em, scope, requirePayout(em, scope, m[1]), status, p.str("failure_code") ?? "account_closed"))
  })
  on("POST", "/accounts/:id/update", (m, p) => ok(updateAccount(em, m[1], p)))
  on("POST", "/accounts/:id/complete_onboarding", (m) =>
    ok(
      updateAccount(
        em,
        m[1],
        new Params({ charges_enabled: "true", payouts_enabled: "true", details_submitted: "true", requirements: { currently_due: "", eventually_due: "", past_due: "", disabled_reason: "" }, activate_capabilities: "true" })
      )
    )
  )
  on("POST", "/oauth/authorize", (_m, p) => ok(issueAuthorizationCode(em, p.str("account") || undefined, p.str("scope") ?? "read_write")))
  on("POST", "/oauth/deauthorize", (_m, p) => {
    const account = p.requiredStr("account")
    deauthorize(em, account)
    return ok({ stripe_user_id: account })
  })
  on("GET", "/events", (_m, _p, q) => {
    const scope = q.get("account") || PLATFORM
    const type = q.get("type")
    return ok({ data: em.store.all<Stripe.Event>(scope, "event").filter((e) => !type || e.type === type).reverse() })
  })
  on("POST", "/events/:id/deliver", (m, p) => {
    const found = em.store.locate(m[1])
    if (!found || found.kind !== "event") throw new ApiError(404, "invalid_request_error", `No such event: '${m[1]}'`, "resource_missing", "id")
    const times = Math.max(1, p.int("times") ?? 1)
    let endpoints = 0
    for (let i = 0; i < times; i++) {
      endpoints = em.webhooks.deliver(found.obj as Stripe.Event, found.scope, { badSignature: p.bool("bad_signature") ?? false, delayMs: p.int("delay_ms") ?? 0, retry: p.bool("retry") ?? false }, p.str("endpoint") || undefined)
    }
    return ok({ event: m[1], endpoints, times })
  })
  on("POST", "/webhooks/config", (_m, p) => {
    const delays = p.strList("retry_delays_ms").map(Number)
    if (p.has("retry_delays_ms")) em.webhooks.config.retryDelaysMs = delays.filter((d) => Number.isFinite(d))
    if (p.has("auto_deliver")) em.webhooks.config.autoDeliver = p.bool("auto_deliver") ?? true
    if (p.has("timeout_ms")) em.webhooks.config.timeoutMs = p.int("timeout_ms") ?? 5000
    return ok(em.webhooks.config)
  })
  on("POST", "/webhooks/flush", (_m, p) => ok({ delivered: em.webhooks.flush(p.has("order") ? p.strList("order") : undefined) }))
  on("GET", "/webhooks/queue", () => ok({ data: em.webhooks.queuedIds() }))
  on("POST", "/webhooks/idle", async (_m, p) => {
    await em.webhooks.idle(p.int("timeout_ms") ?? 10000)
    return ok({ idle: em.webhooks.isIdle() })
  })
  on("GET", "/webhooks/deliveries", (_m, _p, q) =>
    ok({ data: em.webhooks.attempts.filter((a) => (!q.get("event") || a.event_id === q.get("event")) && (!q.get("endpoint") || a.endpoint_id === q.get("endpoint"))) })
  )
  on("GET", "/hosted/onboarding/:link", (_m, _p, q) => {
    const account = q.get("account") ?? ""
    updateAccount(em, account, new Params({ charges_enabled: "true", payouts_enabled: "true", details_submitted: "true", requirements: { currently_due: "", eventually_due: "", past_due: "", disabled_reason: "" }, activate_capabilities: "true" }))
    const ret = q.get("return_url")
    return ret ? { status: 302, body: null, headers: { Location: ret } } : ok({ onboarded: account })
  })

  return async (method, path, query, body) => {
    try {
      const hosted = hostedPage(em, method, path)
      if (hosted) return hosted
    } catch (err) {
      if (err instanceof ApiError) return { status: err.statusCode, body: null, html: `<h1>${err.message.replace(/</g, "&lt;")}</h1>` }
      throw err
    }
    for (const r of routes) {
      if (r.method !== method) continue
      const m = r.re.exec(path)
      if (!m) continue
      try {
        return await r.run(m, new Params(parseBody(body)), query)
      } catch (err) {
        if (err instanceof ApiError || err instanceof OAuthError) return { status: err.statusCode, body: err.toBody() }
        return { status: 400, body: { error: { type: "invalid_request_error", message: err instanceof Error ? err.message : String(err) } } }
      }
    }
    return { status: 404, body: { error: { type: "invalid_request_error", message: `Unknown emulator control: ${method} ${path}` } } }
  }
}

/** Sets what Stripe would change after onboarding or review, emitting account.updated and capability.updated. */
function updateAccount(em: Emulator, id: string, p: Params): Stripe.Account {
  const account = requireAccount(em, id, "account")
  const beforeCaps = { ...((account.capabilities ?? {}) as Record<string, string>) }
  mutate(em, account.id, account, "account.updated", (a) => {
    if (p.has("charges_enabled")) a.charges_enabled = p.bool("charges_enabled") ?? false
    if (p.has("payouts_enabled")) a.payouts_enabled = p.bool("payouts_enabled") ?? false
    if (p.has("details_submitted")) a.details_submitted = p.bool("details_submitted") ?? false
    const req = p.obj("requirements")
    if (req && a.requirements) {
      const next = { ...a.requirements }
      for (const k of ["currently_due", "eventually_due", "past_due", "pending_verification"] as const) if (req.has(k)) next[k] = req.strList(k)
      if (req.has("disabled_reason")) next.disabled_reason = (req.str("disabled_reason") || null) as Stripe.Account.Requirements.DisabledReason | null
      a.requirements = next
    }
    const caps = { ...((a.capabilities ?? {}) as Record<string, string>) }
    if (p.bool("activate_capabilities")) for (const k of Object.keys(caps)) caps[k] = "active"
    const set = p.obj("capabilities")
    if (set) for (const k of Object.keys(set.raw)) caps[k] = set.str(k) ?? caps[k]
    a.capabilities = caps as Stripe.Account.Capabilities
    const due = [...(a.requirements?.currently_due ?? []), ...(a.requirements?.past_due ?? [])]
    if (a.details_submitted && !due.includes("external_account")) ensureDefaultBankAccount(em, a.id, a)
  })
  for (const [name, status] of Object.entries((account.capabilities ?? {}) as Record<string, string>)) {
    if (beforeCaps[name] !== status) em.events.emit(account.id, "capability.updated", capabilityObject(account, name), { status: beforeCaps[name] ?? "unrequested" })
  }
  return account
}
