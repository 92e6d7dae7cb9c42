import { createServer } from "node:http"
import { AddressInfo } from "node:net"
import Stripe from "stripe"
import { Harness, startHarness, startReceiver, waitFor } from "./helpers"
import { startStripeEmulator } from "../index"

describe("events and webhook delivery", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("delivers signed events that stripe.webhooks.constructEvent verifies", async () => {
    const rx = await startReceiver()
    try {
      const ep = await h.stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["payment_intent.succeeded"] })
      expect(ep.secret).toMatch(/^whsec_/)
      const listed = await h.stripe.webhookEndpoints.list()
      expect(listed.data[0].secret).toBeUndefined()
      const pi = await h.stripe.paymentIntents.create({ amount: 1200, currency: "usd", payment_method: "pm_card_visa", confirm: true })
      await waitFor(() => rx.received.length >= 1)
      const event = h.stripe.webhooks.constructEvent(rx.received[0].body, rx.received[0].signature, String(ep.secret))
      expect(event.type).toBe("payment_intent.succeeded")
      expect((event.data.object as Stripe.PaymentIntent).id).toBe(pi.id)
      expect(event).toMatchObject({ object: "event", livemode: false, api_version: "2026-10-28.endive" })
      expect(event.id).toMatch(/^evt_/)
      expect(event.account).toBeUndefined()
      expect(event.request?.id).toMatch(/^req_/)
      await h.emu.webhooksIdle()
      expect(rx.received).toHaveLength(1) // only the enabled type
    } finally {
      await rx.close()
    }
  })

  it("routes connected-account events to Connect endpoints and per-account endpoints, not to platform ones", async () => {
    const platformRx = await startReceiver()
    const connectRx = await startReceiver()
    const accountRx = await startReceiver()
    try {
      await h.stripe.webhookEndpoints.create({ url: platformRx.url, enabled_events: ["*"] })
      const connectEp = await h.stripe.webhookEndpoints.create({ url: connectRx.url, enabled_events: ["payout.created"], connect: true })
      const account = await h.stripe.accounts.create({ type: "standard" })
      const accountEp = await h.stripe.webhookEndpoints.create({ url: accountRx.url, enabled_events: ["payout.created"] }, { stripeAccount: account.id })
      await h.control("/balance/add", { account: account.id, amount: 5000 })
      await h.stripe.payouts.create({ amount: 1000, currency: "usd" }, { stripeAccount: account.id })
      await waitFor(() => connectRx.received.length >= 1 && accountRx.received.length >= 1)
      await h.emu.webhooksIdle()
      const viaConnect = h.stripe.webhooks.constructEvent(connectRx.received[0].body, connectRx.received[0].signature, String(connectEp.secret))
      expect(viaConnect.account).toBe(account.id)
      const viaAccount = h.stripe.webhooks.constructEvent(accountRx.received[0].body, accountRx.received[0].signature, String(accountEp.secret))
      expect(viaAccount.id).toBe(viaConnect.id)
      expect(platformRx.received.filter((r) => r.body.includes("payout.created"))).toHaveLength(0)
    } finally {
      await Promise.all([platformRx.close(), connectRx.close(), accountRx.close()])
    }
  })

  it("retries with backoff on non-2xx answers, bounded by the configured delays", async () => {
    const rx = await startReceiver((n) => (n < 3 ? 500 : 200))
    try {
      await h.control("/webhooks/config", { retry_delays_ms: [50, 100, 100] })
      await h.stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["customer.created"] })
      await h.stripe.customers.create({ email: "w@example.com" })
      await waitFor(() => rx.received.length >= 3)
      await h.emu.webhooksIdle()
      expect(rx.received).toHaveLength(3)
      expect(rx.received[1].at - rx.received[0].at).toBeGreaterThanOrEqual(45)
      expect(rx.received[2].at - rx.received[1].at).toBeGreaterThanOrEqual(95)
      const deliveries = (await h.control<{ data: Array<{ attempt: number; status: number }> }>("/webhooks/deliveries", undefined, "GET")).body.data
      expect(deliveries.map((d) => [d.attempt, d.status])).toEqual([[1, 500], [2, 500], [3, 200]])
    } finally {
      await rx.close()
    }
  })

  it("answers POST /_emulator/webhooks/idle once every delivery and scheduled retry is done", async () => {
    const rx = await startReceiver((n) => (n < 3 ? 500 : 200))
    try {
      await h.control("/webhooks/config", { retry_delays_ms: [50, 100] })
      await h.stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["customer.created"] })
      await h.stripe.customers.create({ email: "idle@example.com" })
      const answer = await h.control<{ idle: boolean }>("/webhooks/idle", {})
      expect({ idle: answer.body.idle, received: rx.received.length }).toEqual({ idle: true, received: 3 })
    } finally {
      await rx.close()
    }
  })

  it("lists a delivery as pending while the endpoint has not answered, then with its status", async () => {
    let release: () => void = () => undefined
    const answered = new Promise<void>((resolve) => {
      release = resolve
    })
    const server = createServer((req, res) => {
      req.resume()
      void answered.then(() => {
        res.writeHead(200)
        res.end("ok")
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
      await h.stripe.webhookEndpoints.create({ url, enabled_events: ["customer.created"] })
      await h.stripe.customers.create({ email: "slow@example.com" })
      const deliveries = async () => (await h.control<{ data: Array<{ status: number | string | null }> }>("/webhooks/deliveries", undefined, "GET")).body.data
      let seen = await deliveries()
      for (const until = Date.now() + 10_000; seen.length === 0 && Date.now() < until; ) {
        await new Promise((r) => setTimeout(r, 10))
        seen = await deliveries()
      }
      // The endpoint holds its answer, so the attempt is in flight.
      expect(seen.map((d) => d.status)).toEqual(["pending"])
      release()
      await h.emu.webhooksIdle()
      expect((await deliveries()).map((d) => d.status)).toEqual([200])
    } finally {
      release()
      await new Promise<void>((r) => server.close(() => r()))
    }
  })

  it("gives up after the last retry", async () => {
    const rx = await startReceiver(() => 503)
    try {
      await h.control("/webhooks/config", { retry_delays_ms: [20, 20] })
      await h.stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["customer.created"] })
      await h.stripe.customers.create({ email: "w@example.com" })
      // Idle: no attempt in flight and none scheduled, so no fourth is coming.
      await h.emu.webhooksIdle()
      expect(rx.received).toHaveLength(3)
    } finally {
      await rx.close()
    }
  })

  it("test controls deliver an event twice, late, with a bad signature, and out of order", async () => {
    const rx = await startReceiver()
    try {
      const ep = await h.stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["customer.created"] })
      await h.control("/webhooks/config", { auto_deliver: false })
      await h.stripe.customers.create({ email: "first@example.com" })
      await h.stripe.customers.create({ email: "second@example.com" })
      const events = await h.stripe.events.list({ type: "customer.created" })
      const [newer, older] = events.data
      expect(rx.received).toHaveLength(0)
      // Out of order: the newer event first.
      await h.control("/webhooks/flush", { order: [newer.id, older.id] })
      await waitFor(() => rx.received.length >= 2)
      const order = rx.received.map((r) => h.stripe.webhooks.constructEvent(r.body, r.signature, String(ep.secret)).id)
      expect(order).toEqual([newer.id, older.id])

      // Twice.
      await h.control(`/events/${older.id}/deliver`, { times: 2 })
      await waitFor(() => rx.received.length >= 4)
      expect(rx.received.slice(2).map((r) => (JSON.parse(r.body) as { id: string }).id)).toEqual([older.id, older.id])

      // Bad signature: the SDK refuses it.
      await h.control(`/events/${older.id}/deliver`, { bad_signature: true })
      await waitFor(() => rx.received.length >= 5)
      expect(() => h.stripe.webhooks.constructEvent(rx.received[4].body, rx.received[4].signature, String(ep.secret))).toThrow(Stripe.errors.StripeSignatureVerificationError)

      // Late.
      const t0 = Date.now()
      await h.control(`/events/${older.id}/deliver`, { delay_ms: 200 })
      await waitFor(() => rx.received.length >= 6)
      expect(rx.received[5].at - t0).toBeGreaterThanOrEqual(190)
    } finally {
      await rx.close()
    }
  })

  it("records previous_attributes on updates and filters events by type and created", async () => {
    const account = await h.stripe.accounts.create({ type: "custom", country: "US", capabilities: { transfers: { requested: true } } })
    await h.stripe.accounts.update(account.id, { settings: { payouts: { schedule: { interval: "weekly", weekly_anchor: "friday" } } } })
    await h.stripe.accounts.update(account.id, { settings: { payouts: { schedule: { interval: "weekly", weekly_anchor: "friday" } } } }) // no change, no event
    const updated = await h.stripe.events.list({ type: "account.updated" }, { stripeAccount: account.id })
    expect(updated.data).toHaveLength(1)
    const ev = updated.data[0]
    expect(ev.account).toBe(account.id)
    const prev = ev.data.previous_attributes as { settings: { payouts: { schedule: { interval: string } } } }
    expect(prev.settings.payouts.schedule.interval).toBe("daily")
    expect((ev.data.object as Stripe.Account).settings?.payouts?.schedule).toMatchObject({ interval: "weekly", weekly_anchor: "friday" })

    await h.stripe.customers.create({ email: "e1@example.com" })
    const { body } = await h.control<{ now: number }>("/clock/advance", { seconds: 3600 })
    await h.stripe.customers.create({ email: "e2@example.com" })
    const recent = await h.stripe.events.list({ created: { gte: body.now } })
    expect(recent.data.map((e) => (e.data.object as Stripe.Customer).email)).toEqual(["e2@example.com"])
    const wildcard = await h.stripe.events.list({ type: "customer.*" })
    expect(wildcard.data).toHaveLength(2)
    const one = await h.stripe.events.retrieve(wildcard.data[0].id)
    expect(one.id).toBe(wildcard.data[0].id)
  })

  it("deletes webhook endpoints", async () => {
    const ep = await h.stripe.webhookEndpoints.create({ url: "http://127.0.0.1:9/x", enabled_events: ["*"] })
    const del = await h.stripe.webhookEndpoints.del(ep.id)
    expect(del.deleted).toBe(true)
    expect((await h.stripe.webhookEndpoints.list()).data).toHaveLength(0)
  })

  it("takes retry delays from the start options, and keeps them across resets", async () => {
    const emu = await startStripeEmulator({ webhookRetryDelaysMs: [10] })
    const rx = await startReceiver(() => 500)
    try {
      const stripe = new Stripe("sk_test_opts", { ...emu.stripeConfig, maxNetworkRetries: 0 })
      await emu.controls.reset()
      await stripe.webhookEndpoints.create({ url: rx.url, enabled_events: ["customer.created"] })
      await stripe.customers.create({ email: "o@example.com" })
      await waitFor(() => rx.received.length >= 2)
      await emu.webhooksIdle()
      expect(rx.received).toHaveLength(2)
    } finally {
      await rx.close()
      await emu.close()
    }
  })
})
