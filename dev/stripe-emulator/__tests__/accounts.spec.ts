import Stripe from "stripe"
import { Harness, startHarness } from "./helpers"

describe("connected accounts, links and OAuth", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("creates accounts by type or by controller, with requested capabilities inactive until onboarding", async () => {
    const express = await h.stripe.accounts.create({ type: "express", email: "e@example.com", capabilities: { card_payments: { requested: true }, transfers: { requested: true } } })
    expect(express.id).toMatch(/^acct_/)
    expect(express).toMatchObject({ type: "express", charges_enabled: false, payouts_enabled: false, details_submitted: false, email: "e@example.com" })
    expect(express.capabilities).toEqual({ card_payments: "inactive", transfers: "inactive" })
    expect(express.requirements?.currently_due ?? []).toContain("external_account")

    const controlled = await h.stripe.accounts.create({ controller: { stripe_dashboard: { type: "none" }, fees: { payer: "application" }, losses: { payments: "application" }, requirement_collection: "application" } })
    expect(controlled.type).toBe("custom")
    expect(controlled.controller).toMatchObject({ is_controller: true, requirement_collection: "application", stripe_dashboard: { type: "none" } })
  })

  it("retrieves, updates the payout schedule, lists and deletes accounts", async () => {
    const a = await h.stripe.accounts.create({ type: "custom", country: "US" })
    const b = await h.stripe.accounts.create({ type: "express" })
    expect((await h.stripe.accounts.retrieve(a.id)).id).toBe(a.id)
    const updated = await h.stripe.accounts.update(a.id, { settings: { payouts: { schedule: { interval: "monthly", monthly_anchor: 15, delay_days: 7 } } }, metadata: { tier: "gold" } })
    expect(updated.settings?.payouts?.schedule).toMatchObject({ interval: "monthly", monthly_anchor: 15, delay_days: 7 })
    expect(updated.metadata).toEqual({ tier: "gold" })
    const list = await h.stripe.accounts.list({ limit: 1 })
    expect(list.data.map((x) => x.id)).toEqual([b.id])
    expect(list.has_more).toBe(true)
    const deleted = await h.stripe.accounts.del(b.id)
    expect(deleted).toMatchObject({ id: b.id, deleted: true })
    await expect(h.stripe.accounts.retrieve(b.id)).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" })
  })

  // Stripe: controller.type is "application" when a Connect application controls the account and "account" when
  // the account controls itself (a Standard account); is_controller only appears on accounts the platform controls.
  it("sets controller.type by account type", async () => {
    const standard = await h.stripe.accounts.create({ type: "standard" })
    expect(standard.controller).toEqual({ type: "account" })
    for (const type of ["express", "custom"] as const) {
      const a = await h.stripe.accounts.create({ type })
      expect(a.controller).toMatchObject({ type: "application", is_controller: true, fees: { payer: "application" }, losses: { payments: "application" } })
    }
    expect((await h.stripe.accounts.create({ type: "express" })).controller?.stripe_dashboard).toEqual({ type: "express" })
    expect((await h.stripe.accounts.create({ type: "custom" })).controller).toMatchObject({ requirement_collection: "application", stripe_dashboard: { type: "none" } })
  })

  // Stripe: the platform can schedule payouts of accounts without the full Stripe Dashboard; a Standard account
  // manages its own (platform controls are not emulated).
  it("refuses to change a Standard account's payout schedule, changing nothing", async () => {
    const standard = await h.stripe.accounts.create({ type: "standard" })
    const err = await h.stripe.accounts.update(standard.id, { email: "new@example.com", settings: { payouts: { schedule: { interval: "weekly", weekly_anchor: "friday" } } } }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(err).toMatchObject({ statusCode: 400, param: "settings[payouts][schedule]" })
    const after = await h.stripe.accounts.retrieve(standard.id)
    expect(after.settings?.payouts?.schedule).toMatchObject({ interval: "daily" })
    expect(after.email).toBeNull()
    expect((await h.stripe.accounts.update(standard.id, { email: "new@example.com" })).email).toBe("new@example.com")
  })

  it("rejects an account", async () => {
    const a = await h.stripe.accounts.create({ type: "custom" })
    const rejected = await h.stripe.accounts.reject(a.id, { reason: "fraud" })
    expect(rejected.requirements?.disabled_reason).toBe("rejected.fraud")
    expect(rejected.charges_enabled).toBe(false)
  })

  it("creates account links with an expiry, and login links only for Express accounts", async () => {
    const express = await h.stripe.accounts.create({ type: "express" })
    const standard = await h.stripe.accounts.create({ type: "standard" })
    const link = await h.stripe.accountLinks.create({ account: express.id, type: "account_onboarding", refresh_url: "http://shop.test/refresh", return_url: "http://shop.test/return" })
    expect(link.object).toBe("account_link")
    expect(link.expires_at).toBeGreaterThan(link.created)
    expect(link.url).toContain(h.emu.url)
    const login = await h.stripe.accounts.createLoginLink(express.id)
    expect(login).toMatchObject({ object: "login_link" })
    const refused = await h.stripe.accounts.createLoginLink(standard.id).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    const missing = await h.stripe.accountLinks.create({ account: express.id } as Stripe.AccountLinkCreateParams).catch((e: unknown) => e)
    expect(missing).toMatchObject({ param: "type", statusCode: 400 })
  })

  it("following the onboarding link completes onboarding and redirects to return_url", async () => {
    const a = await h.stripe.accounts.create({ type: "express", capabilities: { transfers: { requested: true } } })
    const link = await h.stripe.accountLinks.create({ account: a.id, type: "account_onboarding", refresh_url: "http://shop.test/refresh", return_url: "http://shop.test/return" })
    const res = await fetch(link.url, { redirect: "manual" })
    expect(res.status).toBe(302)
    expect(res.headers.get("location")).toBe("http://shop.test/return")
    const after = await h.stripe.accounts.retrieve(a.id)
    expect(after).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true })
    expect(after.capabilities?.transfers).toBe("active")
  })

  it("the account control emits account.updated and capability.updated", async () => {
    const a = await h.stripe.accounts.create({ type: "custom", capabilities: { card_payments: { requested: true } } })
    await h.control(`/accounts/${a.id}/update`, { charges_enabled: true, requirements: { currently_due: ["external_account"], disabled_reason: null }, capabilities: { card_payments: "active" } })
    const acct = await h.stripe.accounts.retrieve(a.id)
    expect(acct.charges_enabled).toBe(true)
    expect(acct.requirements?.currently_due).toEqual(["external_account"])
    const events = await h.stripe.events.list({}, { stripeAccount: a.id })
    const types = events.data.map((e) => e.type)
    expect(types).toContain("account.updated")
    expect(types).toContain("capability.updated")
    const cap = events.data.find((e) => e.type === "capability.updated")
    expect((cap?.data.object as Stripe.Capability).status).toBe("active")
    expect(cap?.data.previous_attributes).toEqual({ status: "inactive" })
  })

  it("exchanges an OAuth code once and refuses bad or reused codes with invalid_grant", async () => {
    const { body } = await h.control<{ code: string; account: string }>("/oauth/authorize", {})
    const token = await h.stripe.oauth.token({ grant_type: "authorization_code", code: body.code })
    expect(token).toMatchObject({ stripe_user_id: body.account, scope: "read_write", livemode: false, token_type: "bearer" })
    expect(token.access_token).toMatch(/^sk_test_/)
    expect(token.refresh_token).toBeTruthy()
    const reused = await h.stripe.oauth.token({ grant_type: "authorization_code", code: body.code }).catch((e: unknown) => e)
    expect(reused).toBeInstanceOf(Stripe.errors.StripeInvalidGrantError)
    expect(reused).toMatchObject({ type: "StripeInvalidGrantError", statusCode: 400 })
    const raw = await fetch(`${h.emu.url}/oauth/token`, { method: "POST", headers: { Authorization: "Bearer sk_test_x", "Content-Type": "application/x-www-form-urlencoded" }, body: "grant_type=authorization_code&code=ac_bogus" })
    expect(raw.status).toBe(400)
    expect(await raw.json()).toEqual({ error: "invalid_grant", error_description: "Authorization code does not exist: ac_bogus" })
    // The access token acts as the connected account.
    const asAccount = new Stripe(String(token.access_token), { ...h.emu.stripeConfig, maxNetworkRetries: 0 })
    const customer = await asAccount.customers.create({ email: "oauth@example.com" })
    expect((await h.stripe.customers.list({}, { stripeAccount: body.account })).data.map((c) => c.id)).toEqual([customer.id])
    expect((await h.stripe.customers.list()).data).toHaveLength(0)
  })

  it("deauthorizes an OAuth account and emits account.application.deauthorized", async () => {
    const { body } = await h.control<{ code: string; account: string }>("/oauth/authorize", {})
    await h.stripe.oauth.token({ grant_type: "authorization_code", code: body.code })
    const events = await h.stripe.events.list({}, { stripeAccount: body.account })
    expect(events.data).toHaveLength(0)
    const out = await h.stripe.oauth.deauthorize({ client_id: "ca_test", stripe_user_id: body.account })
    expect(out.stripe_user_id).toBe(body.account)
    const again = await h.stripe.oauth.deauthorize({ client_id: "ca_test", stripe_user_id: body.account }).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidClientError)
    const log = (await h.control<{ data: Stripe.Event[] }>(`/events?account=${body.account}`, undefined, "GET")).body.data
    expect(log.map((e) => e.type)).toEqual(["account.application.deauthorized"])
    expect(log[0].account).toBe(body.account)
  })
})
