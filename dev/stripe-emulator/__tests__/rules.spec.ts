import Stripe from "stripe"
import { Harness, startHarness } from "./helpers"

describe("Stripe's rules: auth, errors, idempotency, faults, request log", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("accepts any sk_test_ key and refuses a missing or non-test key with 401", async () => {
    const other = new Stripe("sk_test_another", { ...h.emu.stripeConfig, maxNetworkRetries: 0 })
    await expect(other.balance.retrieve()).resolves.toMatchObject({ object: "balance" })
    const live = new Stripe("sk_live_nope", { ...h.emu.stripeConfig, maxNetworkRetries: 0 })
    const err = await live.balance.retrieve().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(err).toMatchObject({ statusCode: 401 })
    const res = await fetch(`${h.emu.url}/v1/balance`)
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: { type: string; message: string } }
    expect(body.error.type).toBe("invalid_request_error")
    expect(body.error.message).toMatch(/did not provide an API key/)
  })

  it("answers missing params, bad enums and unknown objects in Stripe's error shape", async () => {
    const missing = await h.stripe.paymentIntents.create({ currency: "usd" } as Stripe.PaymentIntentCreateParams).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(missing).toMatchObject({ statusCode: 400, code: "parameter_missing", param: "amount", type: "StripeInvalidRequestError" })

    const badEnum = await h.stripe.paymentIntents
      .create({ amount: 100, currency: "usd", capture_method: "sometimes" as Stripe.PaymentIntentCreateParams.CaptureMethod })
      .catch((e: unknown) => e)
    expect(badEnum).toMatchObject({ statusCode: 400, param: "capture_method" })

    const missingObj = await h.stripe.paymentIntents.retrieve("pi_doesnotexist").catch((e: unknown) => e)
    expect(missingObj).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(missingObj).toMatchObject({ statusCode: 404, code: "resource_missing", message: "No such payment_intent: 'pi_doesnotexist'" })

    const raw = await fetch(`${h.emu.url}/v1/nothing_here`, { headers: { Authorization: "Bearer sk_test_x" } })
    expect(raw.status).toBe(404)
    expect(((await raw.json()) as { error: { message: string } }).error.message).toMatch(/Unrecognized request URL/)
  })

  it("refuses a Stripe-Account header naming an unknown account", async () => {
    const err = await h.stripe.balance.retrieve({}, { stripeAccount: "acct_unknown" }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripePermissionError)
    expect(err).toMatchObject({ statusCode: 403, code: "account_invalid" })
  })

  it("replays the first response for the same key and params, with Idempotent-Replayed", async () => {
    const first = await h.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "key-1" })
    const second = await h.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "key-1" })
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect((await h.stripe.customers.list()).data).toHaveLength(1)
  })

  it("replays errors too: the same declined confirmation is not charged twice", async () => {
    const body = new URLSearchParams({ amount: "500", currency: "usd", confirm: "true", payment_method: "pm_card_chargeDeclined" })
    const send = () => fetch(`${h.emu.url}/v1/payment_intents`, { method: "POST", headers: { Authorization: "Bearer sk_test_x", "Idempotency-Key": "decl-1", "Content-Type": "application/x-www-form-urlencoded" }, body })
    const a = await send()
    const b = await send()
    expect(a.status).toBe(402)
    expect(b.status).toBe(402)
    expect(b.headers.get("idempotent-replayed")).toBe("true")
    expect(await b.json()).toEqual(await a.json())
    expect((await h.stripe.charges.list()).data).toHaveLength(1)
  })

  it("answers idempotency_error for the same key with other params", async () => {
    await h.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "key-2" })
    const err = await h.stripe.customers.create({ email: "b@example.com" }, { idempotencyKey: "key-2" }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(err).toMatchObject({ statusCode: 400, rawType: "idempotency_error" })
  })

  it("refuses idempotency keys longer than 255 characters", async () => {
    await expect(h.stripe.customers.create({ email: "k@example.com" }, { idempotencyKey: "k".repeat(256) })).rejects.toMatchObject({ statusCode: 400 })
    await expect(h.stripe.customers.create({ email: "k@example.com" }, { idempotencyKey: "k".repeat(255) })).resolves.toMatchObject({ object: "customer" })
  })

  it("scopes idempotency keys by connected account", async () => {
    const account = await h.stripe.accounts.create({ type: "express" })
    const a = await h.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "shared" })
    const b = await h.stripe.customers.create({ email: "a@example.com" }, { idempotencyKey: "shared", stripeAccount: account.id })
    expect(b.id).not.toBe(a.id)
  })

  it("answers 409 idempotency_key_in_use while the first request with the key is still running", async () => {
    // The first request is held for 3 s; the second goes out 300 ms after it, leaving a loaded machine room both ways.
    await h.control("/faults", { delay_ms: 3000, path: "/v1/customers", method: "POST" })
    const headers = { Authorization: "Bearer sk_test_x", "Idempotency-Key": "slow-1", "Content-Type": "application/x-www-form-urlencoded" }
    const first = fetch(`${h.emu.url}/v1/customers`, { method: "POST", headers, body: "email=x%40example.com" })
    await new Promise((r) => setTimeout(r, 300))
    const second = await fetch(`${h.emu.url}/v1/customers`, { method: "POST", headers, body: "email=x%40example.com" })
    expect(second.status).toBe(409)
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_in_use")
    expect((await first).status).toBe(200)
  })

  it("injects 500, 429 and delays for the next N matching requests only", async () => {
    await h.control("/faults", { status: 500, count: 2, path: "/v1/balance" })
    await expect(h.stripe.balance.retrieve()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError)
    await expect(h.stripe.customers.list()).resolves.toMatchObject({ object: "list" })
    await expect(h.stripe.balance.retrieve()).rejects.toMatchObject({ statusCode: 500 })
    await expect(h.stripe.balance.retrieve()).resolves.toMatchObject({ object: "balance" })

    await h.control("/faults", { status: 429 })
    await expect(h.stripe.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError)

    await h.control("/faults", { delay_ms: 250 })
    const t0 = Date.now()
    await h.stripe.customers.list()
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240)
  })

  it("a faulted POST does not burn its idempotency key", async () => {
    await h.control("/faults", { status: 500, path: "/v1/customers" })
    await expect(h.stripe.customers.create({ email: "r@example.com" }, { idempotencyKey: "retry-me" })).rejects.toMatchObject({ statusCode: 500 })
    const ok = await h.stripe.customers.create({ email: "r@example.com" }, { idempotencyKey: "retry-me" })
    expect(ok.id).toMatch(/^cus_/)
  })

  it("logs every request with account, idempotency key, params and status, filterable", async () => {
    const account = await h.stripe.accounts.create({ type: "express" })
    await h.stripe.customers.create({ email: "l@example.com", metadata: { a: "1" } }, { stripeAccount: account.id, idempotencyKey: "log-1" })
    await h.stripe.paymentIntents.retrieve("pi_missing").catch(() => undefined)
    const res = await fetch(`${h.emu.url}/_emulator/requests?path=/v1/customers&method=POST`)
    const { data } = (await res.json()) as { data: Array<Record<string, unknown>> }
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ method: "POST", path: "/v1/customers", stripe_account: account.id, idempotency_key: "log-1", status: 200, params: { email: "l@example.com", metadata: { a: "1" } } })
    const all = (await (await fetch(`${h.emu.url}/_emulator/requests`)).json()) as { data: Array<{ status: number; error_code: string | null }> }
    expect(all.data.map((d) => d.status)).toEqual([200, 200, 404])
    expect(all.data[2].error_code).toBe("resource_missing")
  })

  it("expands ids in responses and lists", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 700, currency: "usd", payment_method: "pm_card_visa", confirm: true, expand: ["latest_charge.balance_transaction"] })
    const charge = pi.latest_charge as Stripe.Charge
    expect(charge.object).toBe("charge")
    expect((charge.balance_transaction as Stripe.BalanceTransaction).amount).toBe(700)
    const list = await h.stripe.paymentIntents.list({ expand: ["data.latest_charge"] })
    expect((list.data[0].latest_charge as Stripe.Charge).id).toBe(charge.id)
    // Stored state is not changed by expansion.
    expect(typeof (await h.stripe.paymentIntents.retrieve(pi.id)).latest_charge).toBe("string")
  })

  it("paginates lists newest first with starting_after and ending_before", async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await h.stripe.customers.create({ email: `p${i}@example.com` })).id)
    const page1 = await h.stripe.customers.list({ limit: 2 })
    expect(page1.data.map((c) => c.id)).toEqual([ids[4], ids[3]])
    expect(page1.has_more).toBe(true)
    const page2 = await h.stripe.customers.list({ limit: 2, starting_after: ids[3] })
    expect(page2.data.map((c) => c.id)).toEqual([ids[2], ids[1]])
    const back = await h.stripe.customers.list({ limit: 2, ending_before: ids[2] })
    expect(back.data.map((c) => c.id)).toEqual([ids[4], ids[3]])
    const all: string[] = []
    for await (const c of h.stripe.customers.list({ limit: 2 })) all.push(c.id)
    expect(all).toEqual([...ids].reverse())
  })

  it("resets all state", async () => {
    await h.stripe.customers.create({ email: "z@example.com" })
    await h.control("/reset")
    expect((await h.stripe.customers.list()).data).toHaveLength(0)
  })
})
