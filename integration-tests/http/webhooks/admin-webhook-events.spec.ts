import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { registerWebhookEventHandler } from "../../../src/workflows/webhook-events/handlers/registry"
import { emulator, emulatorStripe, knexOf, makeEvent, settledEvent, storedEvents, waitFor, webhookSpecSetup } from "./helpers"

jest.setTimeout(180_000)

const { secrets, deliver: deliverSigned } = webhookSpecSetup()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let reader: TestAdmin
    let manager: TestAdmin
    let scoped: TestAdmin
    let platformAdmin: TestAdmin
    /** Stripe event ids by name, delivered in this order (oldest first). */
    const seeded: Record<string, string> = {}

    const deliver = async (path: string, event: Record<string, unknown>, secret: string) => {
      expect((await deliverSigned(path, event, secret)).status).toBe(200)
      await settledEvent(container, event.id as string)
      return event.id as string
    }

    // The plugin's own handlers act on their features' records (and call Stripe); these tests are about the log, so
    // they use types of their own: two with a handler that succeeds, the others without one (ignored).
    registerWebhookEventHandler("test.admin_spec.dispute", async () => undefined)
    registerWebhookEventHandler("test.admin_spec.payout", async () => undefined)

    beforeAll(async () => {
      container = getContainer()
      const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      await service.createConnectedAccounts([
        { stripe_account_id: "acct_merchant_a", merchant_id: "merchant_a", mode: "test", type: "express" },
        { stripe_account_id: "acct_merchant_b", merchant_id: "merchant_b", mode: "test", type: "express" },
      ])
      reader = await createAdminUser(container, { roles: [{ role: "integration_admin" }] })
      manager = await createAdminUser(container, { roles: [{ role: "manager" }] })
      scoped = await createAdminUser(container, { roles: [{ role: "integration_admin", merchant_ids: ["merchant_a"] }] })
      platformAdmin = await createAdminUser(container, { roles: [{ role: "platform_admin" }] })

      seeded.platformCustomer = await deliver(
        "/hooks/stripe-connect/platform",
        makeEvent("customer.created", { id: "cus_platform", object: "customer" }),
        secrets.platform
      )
      seeded.disputeA = await deliver(
        "/hooks/stripe-connect/connect",
        makeEvent(
          "test.admin_spec.dispute",
          { id: "dp_a", object: "dispute", charge: "ch_a", payment_intent: "pi_a", amount: 2500, currency: "usd", reason: "fraudulent", status: "needs_response" },
          { account: "acct_merchant_a" }
        ),
        secrets.connect
      )
      seeded.refundA = await deliver(
        "/hooks/stripe-connect/connect",
        makeEvent(
          "test.admin_spec.refund",
          {
            id: "ch_a",
            object: "charge",
            payment_intent: "pi_a",
            receipt_email: "buyer@example.com",
            billing_details: { name: "Ada Lovelace", email: "buyer@example.com", phone: "+44 20 0000 0000", address: { line1: "1 Main St", country: "GB" } },
          },
          { account: "acct_merchant_a" }
        ),
        secrets.connect
      )
      seeded.payoutB = await deliver(
        "/hooks/stripe-connect/connect",
        makeEvent(
          "test.admin_spec.payout",
          { id: "po_b", object: "payout", amount: 900, currency: "eur", status: "paid", arrival_date: 1_800_000_000 },
          { account: "acct_merchant_b" }
        ),
        secrets.connect
      )
      seeded.invoiceB = await deliver(
        "/hooks/stripe-connect/connect",
        makeEvent("test.admin_spec.invoice", { id: "in_b", object: "invoice" }, { account: "acct_merchant_b" }),
        secrets.connect
      )
    })

    const get = (path: string, who: TestAdmin) => api.get(path, { headers: who.headers, validateStatus: () => true })
    const post = (path: string, body: object, who: TestAdmin) =>
      api.post(path, body, { headers: who.headers, validateStatus: () => true })
    const idOf = async (stripeEventId: string) => (await storedEvents(container, stripeEventId))[0].id

    describe("GET /admin/stripe-connect/webhook-events", () => {
      it("should list newest first with count, offset and limit and without payloads", async () => {
        const response = await get("/admin/stripe-connect/webhook-events", reader)
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ count: 5, offset: 0, limit: 20, count_is_lower_bound: false }))
        expect(response.data.data.map((event: { stripe_event_id: string }) => event.stripe_event_id)).toEqual([
          seeded.invoiceB,
          seeded.payoutB,
          seeded.refundA,
          seeded.disputeA,
          seeded.platformCustomer,
        ])
        expect(response.data.data[0]).not.toHaveProperty("payload")
        expect(response.data.data[0]).toEqual(
          expect.objectContaining({ type: "test.admin_spec.invoice", account: "acct_merchant_b", endpoint: "connect", status: "ignored" })
        )

        const page = await get("/admin/stripe-connect/webhook-events?limit=2&offset=2", reader)
        expect(page.data).toEqual(expect.objectContaining({ count: 5, offset: 2, limit: 2 }))
        expect(page.data.data.map((event: { stripe_event_id: string }) => event.stripe_event_id)).toEqual([
          seeded.refundA,
          seeded.disputeA,
        ])
      })

      it("should filter by type, status, account, Stripe event id, object id, related object id and received time", async () => {
        const ids = async (query: string) => {
          const response = await get(`/admin/stripe-connect/webhook-events?${query}`, reader)
          expect(response.status).toBe(200)
          return response.data.data.map((event: { stripe_event_id: string }) => event.stripe_event_id)
        }
        expect(await ids("type=test.admin_spec.payout")).toEqual([seeded.payoutB])
        expect(await ids("type[]=test.admin_spec.payout&type[]=customer.created")).toEqual([seeded.payoutB, seeded.platformCustomer])
        expect(await ids("status=processed")).toEqual([seeded.payoutB, seeded.disputeA])
        expect(await ids("account=acct_merchant_a")).toEqual([seeded.refundA, seeded.disputeA])
        expect(await ids("related_object_id=pi_a")).toEqual([seeded.refundA, seeded.disputeA])
        expect(await ids("related_object_id=ch_a&type=test.admin_spec.dispute")).toEqual([seeded.disputeA])
        // The event's own object only: the dispute's event names ch_a too, but its object is dp_a.
        expect(await ids("object_id=ch_a")).toEqual([seeded.refundA])
        expect(await ids("object_id=dp_a")).toEqual([seeded.disputeA])
        expect(await ids("object_id=pi_a")).toEqual([])
        expect(await ids(`stripe_event_id=${seeded.payoutB}`)).toEqual([seeded.payoutB])
        expect(await ids(`stripe_event_id[]=${seeded.payoutB}&stripe_event_id[]=${seeded.disputeA}`)).toEqual([
          seeded.payoutB,
          seeded.disputeA,
        ])
        expect(await ids(`stripe_event_id=${seeded.payoutB}&account=acct_merchant_a`)).toEqual([])
        expect(await ids("stripe_event_id=evt_never_received")).toEqual([])

        const [payoutRow] = await storedEvents(container, seeded.payoutB)
        const at = new Date((payoutRow as unknown as { created_at: Date }).created_at)
        expect(await ids(`created_after=${encodeURIComponent(at.toISOString())}`)).toEqual([seeded.invoiceB, seeded.payoutB])
        expect(await ids(`created_before=${encodeURIComponent(at.toISOString())}`)).toEqual([
          seeded.refundA,
          seeded.disputeA,
          seeded.platformCustomer,
        ])
      })

      it("should answer 400 naming the field for bad filters", async () => {
        const badStatus = await get("/admin/stripe-connect/webhook-events?status=done", reader)
        expect(badStatus.status).toBe(400)
        expect(badStatus.data.message).toContain("status")
        const badTime = await get("/admin/stripe-connect/webhook-events?created_after=yesterday", reader)
        expect(badTime.status).toBe(400)
        expect(badTime.data.message).toContain("created_after")
        const badEventId = await get("/admin/stripe-connect/webhook-events?stripe_event_id=", reader)
        expect(badEventId.status).toBe(400)
        expect(badEventId.data.message).toContain("stripe_event_id")
        const manyEventIds = Array.from({ length: 101 }, (_, n) => `stripe_event_id[]=evt_${n}`).join("&")
        const tooMany = await get(`/admin/stripe-connect/webhook-events?${manyEventIds}`, reader)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("stripe_event_id")
        const badObjectId = await get(`/admin/stripe-connect/webhook-events?object_id=${"x".repeat(256)}`, reader)
        expect(badObjectId.status).toBe(400)
        expect(badObjectId.data.message).toContain("object_id")
        const badLimit = await get("/admin/stripe-connect/webhook-events?limit=500", reader)
        expect(badLimit.status).toBe(400)
        expect(badLimit.data.message).toContain("limit")
      })

      it("should show a merchant-scoped caller only its merchants' accounts' events", async () => {
        const response = await get("/admin/stripe-connect/webhook-events", scoped)
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(2)
        expect(response.data.data.map((event: { stripe_event_id: string }) => event.stripe_event_id)).toEqual([
          seeded.refundA,
          seeded.disputeA,
        ])
        const asked = await get("/admin/stripe-connect/webhook-events?account=acct_merchant_b", scoped)
        expect(asked.data).toEqual(expect.objectContaining({ count: 0, data: [] }))
        const byId = await get(`/admin/stripe-connect/webhook-events?stripe_event_id=${seeded.payoutB}`, scoped)
        expect(byId.data).toEqual(expect.objectContaining({ count: 0, data: [] }))
      })
    })

    describe("GET /admin/stripe-connect/webhook-events/:id", () => {
      it("should show the event without its payload unless include_payload=1", async () => {
        const id = await idOf(seeded.disputeA)
        const plain = await get(`/admin/stripe-connect/webhook-events/${id}`, manager)
        expect(plain.status).toBe(200)
        expect(plain.data.webhook_event).toEqual(
          expect.objectContaining({
            id,
            stripe_event_id: seeded.disputeA,
            type: "test.admin_spec.dispute",
            account: "acct_merchant_a",
            related_object_ids: ["dp_a", "pi_a", "ch_a"],
            status: "processed",
            attempts: 1,
          })
        )
        expect(plain.data.webhook_event).not.toHaveProperty("payload")

        const withPayload = await get(`/admin/stripe-connect/webhook-events/${id}?include_payload=1`, reader)
        expect(withPayload.status).toBe(200)
        expect(withPayload.data.webhook_event.payload).toEqual(
          expect.objectContaining({ id: seeded.disputeA, type: "test.admin_spec.dispute", account: "acct_merchant_a" })
        )
      })

      it("should redact emails, phone numbers, addresses and names in the payload for a merchant-scoped caller", async () => {
        const id = await idOf(seeded.refundA)
        const limited = (await get(`/admin/stripe-connect/webhook-events/${id}?include_payload=1`, scoped)).data.webhook_event.payload
        expect(limited.data.object).toEqual(
          expect.objectContaining({
            id: "ch_a",
            payment_intent: "pi_a",
            receipt_email: "[redacted]",
            billing_details: { name: "[redacted]", email: "[redacted]", phone: "[redacted]", address: "[redacted]" },
          })
        )
        const platformWide = (await get(`/admin/stripe-connect/webhook-events/${id}?include_payload=1`, reader)).data.webhook_event.payload
        expect(platformWide.data.object.receipt_email).toBe("buyer@example.com")
        expect(platformWide.data.object.billing_details.address).toEqual({ line1: "1 Main St", country: "GB" })
      })

      it("should refuse the payload with 403 to roles without read_webhook_payload", async () => {
        const id = await idOf(seeded.disputeA)
        const response = await get(`/admin/stripe-connect/webhook-events/${id}?include_payload=1`, manager)
        expect(response.status).toBe(403)
        expect(response.data).toEqual(expect.objectContaining({ code: "forbidden" }))
        expect(response.data.message).toContain("integration_admin")
      })

      it("should answer 404 for an unknown event and for another merchant's event", async () => {
        expect((await get("/admin/stripe-connect/webhook-events/scwhevt_missing", reader)).status).toBe(404)
        const other = await idOf(seeded.payoutB)
        const response = await get(`/admin/stripe-connect/webhook-events/${other}`, scoped)
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("not_found")
        const platform = await idOf(seeded.platformCustomer)
        expect((await get(`/admin/stripe-connect/webhook-events/${platform}`, scoped)).status).toBe(404)
        expect((await get(`/admin/stripe-connect/webhook-events/${await idOf(seeded.refundA)}`, scoped)).status).toBe(200)
      })
    })

    describe("POST /admin/stripe-connect/webhook-events/:id/replay", () => {
      it("should re-queue a processed event and process it again to the same state", async () => {
        const id = await idOf(seeded.disputeA)
        const response = await post(`/admin/stripe-connect/webhook-events/${id}/replay`, {}, reader)
        expect(response.status).toBe(200)
        expect(response.data.webhook_event).toEqual(expect.objectContaining({ id, status: "pending" }))
        const row = await waitFor(async () => {
          const [current] = await storedEvents(container, seeded.disputeA)
          return current.status === "processed" && current.attempts === 2 ? current : undefined
        }, "the replay")
        expect(row.last_error).toBeNull()
      })

      it("should refuse a replay while the event is being processed, and another merchant's event", async () => {
        const id = await idOf(seeded.refundA)
        await knexOf(container)("stripe_connect_webhook_event").where({ id }).update({ status: "processing" })
        const busy = await post(`/admin/stripe-connect/webhook-events/${id}/replay`, {}, reader)
        expect(busy.status).toBe(409)
        expect(busy.data.code).toBe("conflict")
        expect((await storedEvents(container, seeded.refundA))[0].status).toBe("processing")

        const other = await idOf(seeded.payoutB)
        expect((await post(`/admin/stripe-connect/webhook-events/${other}/replay`, {}, scoped)).status).toBe(404)
        expect((await post(`/admin/stripe-connect/webhook-events/${other}/replay`, { force: true }, reader)).status).toBe(400)
      })
    })

    describe("POST /admin/stripe-connect/webhook-events/recover", () => {
      it("should store and process the events Stripe has that were never delivered", async () => {
        const { now } = await emulator<{ now: number }>("GET", "/clock")
        await emulator("POST", "/webhooks/config", { auto_deliver: false })
        let missed: Stripe.Customer
        try {
          missed = await emulatorStripe().customers.create({ email: "missed@example.com" })
        } finally {
          await emulator("POST", "/webhooks/config", { auto_deliver: true })
        }
        const { data: events } = await emulator<{ data: Stripe.Event[] }>("GET", "/events?type=customer.created")
        const missedEvent = events.find((event) => (event.data.object as Stripe.Customer).id === missed.id) as Stripe.Event
        expect(await storedEvents(container, missedEvent.id)).toEqual([])

        expect((await post("/admin/stripe-connect/webhook-events/recover", { since: now }, reader)).status).toBe(403)
        const response = await post("/admin/stripe-connect/webhook-events/recover", { since: now, account: "platform" }, platformAdmin)
        expect(response.status).toBe(200)
        expect(response.data.recovered).toEqual(
          expect.arrayContaining([expect.objectContaining({ stripe_event_id: missedEvent.id, type: "customer.created", account: null })])
        )
        const row = await waitFor(async () => {
          const [current] = await storedEvents(container, missedEvent.id)
          return current?.status === "ignored" ? current : undefined
        }, "the recovered event to be processed")
        expect(row.endpoint).toBe("platform")

        const again = await post("/admin/stripe-connect/webhook-events/recover", { since: now }, platformAdmin)
        expect(again.status).toBe(200)
        expect(again.data.recovered.map((event: { stripe_event_id: string }) => event.stripe_event_id)).not.toContain(missedEvent.id)
        expect(await storedEvents(container, missedEvent.id)).toHaveLength(1)

        // The held-back delivery arriving late changes nothing.
        await emulator("POST", "/webhooks/flush")
        await waitFor(async () => {
          const { data } = await emulator<{ data: { status: number | null }[] }>("GET", `/webhooks/deliveries?event=${missedEvent.id}`)
          return data.length > 0 && data.every((delivery) => delivery.status === 200)
        }, "the late delivery")
        expect(await storedEvents(container, missedEvent.id)).toHaveLength(1)
      })

      it("should refuse a look-back beyond Stripe's 30 days and unknown fields", async () => {
        const old = Math.floor(Date.now() / 1000) - 40 * 24 * 3600
        const response = await post("/admin/stripe-connect/webhook-events/recover", { since: old }, platformAdmin)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("since")
        expect((await post("/admin/stripe-connect/webhook-events/recover", { account: "nope" }, platformAdmin)).status).toBe(400)
      })
    })
  },
})
