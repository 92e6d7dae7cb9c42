import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Event, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { emulatorStripe, freePortSync, storedEventWith, waitFor } from "../webhooks/helpers"
import { createTestOrder, seedStore, type OrderTotals } from "./fixtures"
import type { InvoiceDocument } from "../../../src/shared/types/invoices"
import { applyStripeInvoiceEventWorkflow } from "../../../src/workflows/invoices/workflows/apply-stripe-invoice-event"

jest.setTimeout(240_000)

// The per-account webhook endpoint registered on connect points at this app, so the emulator's events reach the
// plugin's real pipeline (stored, then processed by the handlers).
const port = freePortSync()
process.env.PORT = String(port)

type HostEvent = { name: string; data: Record<string, unknown> }
type Json = Record<string, unknown>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const hostEvents: HostEvent[] = []
    let store: { regionId: string; salesChannelId: string }
    let order: OrderTotals
    let otherOrder: OrderTotals
    let admin: TestAdmin
    let integrationId: string
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeAll(async () => {
      const eventBus = container().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.invoice_paid", "stripe.invoice_voided", "stripe.invoice_refunded", "stripe.invoice_sent", "stripe.pay_link_completed", "stripe.pay_link_expired"]) {
        eventBus.subscribe(name, async (event: Event) => {
          hostEvents.push({ name: event.name, data: event.data as Record<string, unknown> })
        }, { subscriberId: `invoices-spec-${name}` })
      }
      store = await seedStore(container())
      order = await createTestOrder(container(), store)
      otherOrder = await createTestOrder(container(), store, { email: "second@example.com", promo: false })
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({ headers: { ...who.headers, ...headers }, validateStatus: () => true })

    async function connectIntegration(merchantId: string, who: TestAdmin = admin): Promise<{ id: string; account: string }> {
      const created = await api.post("/admin/stripe-connect/integrations", { name: `Stripe ${merchantId}`, merchant_id: merchantId }, as(who))
      expect(created.status).toBe(200)
      const id = created.data.integration.id as string
      const authorized = await api.post(`/admin/stripe-connect/integrations/${id}/authorize`, {}, as(who))
      const state = new URL(authorized.data.authorize_url).searchParams.get("state") as string
      const { code, account } = await emulator<{ code: string; account: string }>("POST", "/oauth/authorize")
      const callback = await api.get(`/stripe-connect/oauth/callback?${new URLSearchParams({ code, state, scope: "read_write" })}`, { ...as(who), maxRedirects: 0 })
      expect(callback.status).toBe(303)
      return { id, account }
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      hostEvents.length = 0
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      const connected = await connectIntegration("merchant_a")
      integrationId = connected.id
      accountId = connected.account
    })

    const send = (body: Json = {}, who: TestAdmin = admin) =>
      api.post("/admin/stripe-connect/invoices", { order_id: order.id, integration_id: integrationId, ...body }, as(who))
    const minor = (major: number) => Math.round(major * 100)

    describe("POST /admin/stripe-connect/invoices", () => {
      it("should send an invoice whose Stripe total equals the Medusa order total (lines, shipping, promotion, tax)", async () => {
        expect(order.discount_total).toBeGreaterThan(0)
        expect(order.tax_total).toBeGreaterThan(0)
        const response = await send({ days_until_due: 14, memo: "Thanks for your order" })
        expect(response.status).toBe(200)
        const invoice = response.data.invoice
        expect(response.data.created).toBe(true)
        expect(invoice).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^scinv_/),
            stripe_invoice_id: expect.stringMatching(/^in_/),
            status: "open",
            currency: "usd",
            total: minor(order.total),
            amount_due: minor(order.total),
            hosted_invoice_url: expect.stringContaining(invoice.stripe_invoice_id),
            order_id: order.id,
            order_display_id: order.display_id,
            integration_id: integrationId,
            stripe_account_id: accountId,
            memo: "Thanks for your order",
            days_until_due: 14,
            sent_at: expect.any(String),
          })
        )
        const atStripe = await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })
        expect(atStripe.total).toBe(minor(order.total))
        expect(atStripe.collection_method).toBe("send_invoice")
        expect(atStripe.status).toBe("open")
        const lines = atStripe.lines.data.map((line) => ({ description: line.description, quantity: line.quantity, amount: line.amount }))
        expect(lines).toEqual(
          expect.arrayContaining([
            { description: "Shirt (L)", quantity: 2, amount: 3998 },
            { description: "Mug", quantity: 1, amount: 850 },
            { description: "Shipping: Standard", quantity: 1, amount: 495 },
            { description: "Discount", quantity: 1, amount: -500 },
            expect.objectContaining({ description: "Tax", amount: minor(order.tax_total) }),
          ])
        )
        const writes = await emulatorRequests({ method: "POST", account: accountId })
        const stripeWrites = writes.filter((request) => request.path !== "/v1/webhook_endpoints")
        expect(stripeWrites.length).toBeGreaterThan(0)
        for (const request of stripeWrites) {
          expect(request.stripe_account).toBe(accountId)
          expect(request.idempotency_key).toMatch(/^stripe-connect:invoice/)
        }
        expect((await emulatorRequests({ method: "POST", path: "/v1/invoices/*/send" })).length).toBe(1)

        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["id", "stripe_connect_invoices.id"], filters: { id: order.id } })
        expect((data[0] as { stripe_connect_invoices: { id: string }[] }).stripe_connect_invoices.map((row) => row.id)).toEqual([invoice.id])
      })

      it("should return the payable open invoice instead of a new one, also for ten requests at once", async () => {
        const responses = await Promise.all(Array.from({ length: 10 }, () => send()))
        expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200))
        const ids = new Set(responses.map((response) => response.data.invoice.stripe_invoice_id))
        expect(ids.size).toBe(1)
        expect(responses.filter((response) => response.data.created)).toHaveLength(1)
        expect((await emulatorRequests({ method: "POST", path: "/v1/invoices" })).filter((r) => r.path === "/v1/invoices")).toHaveLength(1)
        const again = await send()
        expect(again.data).toEqual(expect.objectContaining({ created: false, invoice: expect.objectContaining({ stripe_invoice_id: [...ids][0] }) }))
        const list = await stripe.invoices.list({}, { stripeAccount: accountId })
        expect(list.data).toHaveLength(1)
      })

      it("should leave nothing half-made when Stripe fails to finalize, say what failed, and succeed on retry", async () => {
        await emulator("POST", "/faults", { status: 500, method: "POST", path: "/v1/invoices/*/finalize", count: 3 }) // the SDK retries twice
        const failed = await send()
        expect(failed.status).toBe(502)
        expect(failed.data).toEqual(expect.objectContaining({ code: "stripe_error", message: expect.stringContaining("finalize") }))
        const atStripe = await stripe.invoices.list({}, { stripeAccount: accountId })
        expect(atStripe.data).toHaveLength(0)
        const deletes = await emulatorRequests({ method: "DELETE", path: "/v1/invoices" })
        expect(deletes).toHaveLength(1)
        const itemDeletes = await emulatorRequests({ method: "DELETE", path: "/v1/invoiceitems" })
        expect(itemDeletes.length).toBeGreaterThan(0)
        expect(itemDeletes.map((request) => request.status)).toEqual(itemDeletes.map(() => 200))
        expect((await stripe.invoiceItems.list({}, { stripeAccount: accountId })).data).toHaveLength(0)
        const listed = await api.get(`/admin/orders/${order.id}/stripe-invoices`, as(admin))
        expect(listed.data.count).toBe(0)

        const retried = await send()
        expect(retried.status).toBe(200)
        expect(retried.data.invoice.status).toBe("open")
        expect((await stripe.invoices.list({}, { stripeAccount: accountId })).data.map((row) => row.status)).toEqual(["open"])
      })

      it("should refuse a disconnected integration and write nothing", async () => {
        const disconnected = await api.post(`/admin/stripe-connect/integrations/${integrationId}/disconnect`, {}, as(admin))
        expect(disconnected.status).toBe(200)
        const response = await send()
        expect(response.status).toBe(400)
        expect(response.data).toEqual(expect.objectContaining({ code: "integration_not_connected", message: expect.stringContaining("disconnected") }))
        expect((await emulatorRequests({ method: "POST", path: "/v1/invoices" })).length).toBe(0)
      })

      it("should answer 400 naming the field for bad input, 404 for an unknown order, and write nothing", async () => {
        const missing = await api.post("/admin/stripe-connect/invoices", { integration_id: integrationId }, as(admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("order_id")
        const days = await send({ days_until_due: 0 })
        expect(days.status).toBe(400)
        expect(days.data.message).toContain("days_until_due")
        const extra = await send({ amount: 5 })
        expect(extra.status).toBe(400)
        const unknown = await send({ order_id: "order_missing" })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("order_missing")
        expect((await emulatorRequests({ method: "POST", path: "/v1/invoices" })).length).toBe(0)
      })
    })

    /** Sends the order's invoice and returns its body. */
    async function sentInvoice(orderId = order.id, integration = integrationId): Promise<InvoiceDocument> {
      const response = await api.post("/admin/stripe-connect/invoices", { order_id: orderId, integration_id: integration }, as(admin))
      expect(response.status).toBe(200)
      return response.data.invoice
    }

    /** The customer pays the invoice at (emulated) Stripe; waits until the webhook made the stored invoice paid. */
    async function paidInvoice(): Promise<InvoiceDocument & { stripe_charge_id: string }> {
      const invoice = await sentInvoice()
      await emulator("POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account: accountId })
      return await waitFor(async () => {
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        return shown.data.invoice.status === "paid" && shown.data.invoice.stripe_charge_id ? shown.data.invoice : undefined
      }, "the invoice.paid webhook")
    }

    /**
     * Runs a stored Stripe event through its handler once more, as if it arrived again late (a second delivery of
     * the same event is only a duplicate at the endpoint): replays it and waits until that processing ended.
     */
    async function replayThroughHandler(stripeEventId: string): Promise<void> {
      const stored = await storedEventWith(container(), stripeEventId)
      const replay = await api.post(`/admin/stripe-connect/webhook-events/${stored.id}/replay`, {}, as(admin))
      expect(replay.status).toBe(200)
      await waitFor(async () => {
        const shown = await api.get(`/admin/stripe-connect/webhook-events/${stored.id}`, as(admin))
        const event = shown.data.webhook_event
        return event.status === "processed" && event.attempts > stored.attempts ? event : undefined
      }, `the replay of ${stripeEventId}`)
    }

    describe("GET /admin/stripe-connect/invoices/:id", () => {
      it("should show the invoice with the order's display number and the integration, by either id", async () => {
        const invoice = await sentInvoice()
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        expect(shown.status).toBe(200)
        expect(shown.data.invoice).toEqual(
          expect.objectContaining({
            id: invoice.id,
            hosted_invoice_url: invoice.hosted_invoice_url,
            order: { id: order.id, display_id: order.display_id },
            integration: expect.objectContaining({ id: integrationId, status: "connected", merchant_id: "merchant_a", stripe_account_id: accountId }),
          })
        )
        const byStripeId = await api.get(`/admin/stripe-connect/invoices/${invoice.stripe_invoice_id}`, as(admin))
        expect(byStripeId.data.invoice.id).toBe(invoice.id)
        expect((await api.get("/admin/stripe-connect/invoices/scinv_missing", as(admin))).status).toBe(404)
      })
    })

    describe("webhooks and GET /admin/stripe-connect/invoices/:id/activity", () => {
      it("should record a paid invoice from invoice.paid on the Medusa order once, tell the host, and list its events in order", async () => {
        const invoice = await paidInvoice()
        expect(invoice).toEqual(
          expect.objectContaining({ status: "paid", amount_paid: minor(order.total), amount_remaining: 0, stripe_payment_intent_id: expect.stringMatching(/^pi_/), paid_at: expect.any(String) })
        )
        await waitFor(async () => hostEvents.find((event) => event.name === "stripe.invoice_paid"), "stripe.invoice_paid")
        expect(hostEvents.find((event) => event.name === "stripe.invoice_paid")?.data).toEqual(
          expect.objectContaining({ id: invoice.id, order_id: order.id, stripe_invoice_id: invoice.stripe_invoice_id, amount_paid: minor(order.total), status: "paid" })
        )
        // The payment is recorded on the Medusa order (a payment collection marked paid), once.
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const readOrder = async () =>
          (await query.graph({ entity: "order", fields: ["id", "payment_collections.id", "payment_collections.status", "summary.*"], filters: { id: order.id } }))
            .data[0] as unknown as { payment_collections: { id: string; status: string }[]; summary: { paid_total: number } }
        const recorded = await waitFor(async () => {
          const read = await readOrder()
          const completed = read.payment_collections.some((collection) => collection.status === "completed")
          return completed && Number(read.summary.paid_total) > 0 ? read : undefined
        }, "the Medusa payment")
        expect(recorded.payment_collections.map((collection) => collection.status)).toEqual(["completed"])
        expect(minor(Number(recorded.summary.paid_total))).toBe(minor(order.total))
        const { data: paidEvents } = await emulator<{ data: Json[] }>("GET", `/events?account=${accountId}&type=invoice.paid`)
        await replayThroughHandler(String(paidEvents[0].id))
        expect((await readOrder()).payment_collections).toHaveLength(1)

        const activity = await waitFor(async () => {
          const response = await api.get(`/admin/stripe-connect/invoices/${invoice.id}/activity`, as(admin))
          const types = response.data.data.map((event: Json) => event.type)
          return types.includes("invoice.paid") && types.includes("payment_intent.succeeded") ? response.data.data : undefined
        }, "the invoice's events in the webhook log")
        const types: string[] = activity.map((event: Json) => event.type)
        expect(types).toEqual(expect.arrayContaining(["invoice.finalized", "invoice.sent", "invoice.paid", "payment_intent.succeeded"]))
        expect(types.indexOf("invoice.finalized")).toBeLessThan(types.indexOf("invoice.paid"))
        const times = activity.map((event: Json) => Date.parse(String(event.stripe_created_at)))
        expect([...times].sort((a, b) => a - b)).toEqual(times)
        for (const event of activity) {
          expect(event.payload).toBeUndefined()
          expect(event.related_object_ids.some((id: string) => [invoice.stripe_invoice_id, invoice.stripe_payment_intent_id, invoice.stripe_charge_id].includes(id))).toBe(true)
        }
      })

      it("should not move a paid invoice back when an older invoice.finalized arrives late", async () => {
        const invoice = await paidInvoice()
        const { data } = await emulator<{ data: Json[] }>("GET", `/events?account=${accountId}&type=invoice.finalized`)
        await replayThroughHandler(String(data[0].id))
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        expect(shown.data.invoice.status).toBe("paid")
      })
    })

    describe("POST /admin/stripe-connect/invoices/:id/void", () => {
      it("should void an open invoice at Stripe and refuse to void it twice", async () => {
        const invoice = await sentInvoice()
        const voided = await api.post(`/admin/stripe-connect/invoices/${invoice.id}/void`, {}, as(admin))
        expect(voided.status).toBe(200)
        expect(voided.data.invoice).toEqual(expect.objectContaining({ status: "void", voided_at: expect.any(String) }))
        expect((await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })).status).toBe("void")
        const again = await api.post(`/admin/stripe-connect/invoices/${invoice.id}/void`, {}, as(admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("void")
        // A voided invoice is not payable: the next send makes a new one.
        const next = await sentInvoice()
        expect(next.stripe_invoice_id).not.toBe(invoice.stripe_invoice_id)
      })

      it("should keep a voided invoice void when a webhook handler that read it as open writes after the void", async () => {
        const invoice = await sentInvoice()
        expect((await api.post(`/admin/stripe-connect/invoices/${invoice.id}/void`, {}, as(admin))).status).toBe(200)
        // What an invoice.sent handler computed from the stored row before the void committed, written after it.
        const { result } = await applyStripeInvoiceEventWorkflow(container()).run({
          input: {
            id: invoice.id,
            update: { status: "open", voided_at: null },
            event_name: "stripe.invoice_sent",
            event: { id: invoice.id, stripe_invoice_id: invoice.stripe_invoice_id, stripe_event_id: "evt_read_before_void", order_id: order.id, integration_id: integrationId, account: accountId },
          },
        })
        expect(result).toEqual(expect.objectContaining({ status: "void", voided_at: expect.anything() }))
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        expect(shown.data.invoice).toEqual(expect.objectContaining({ status: "void", voided_at: expect.any(String) }))
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(hostEvents.filter((event) => event.data.stripe_event_id === "evt_read_before_void")).toEqual([])
      })

      it("should refuse to void a paid invoice with a 400 that says to refund instead", async () => {
        const invoice = await paidInvoice()
        const response = await api.post(`/admin/stripe-connect/invoices/${invoice.id}/void`, {}, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/refund/i)
        expect((await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })).status).toBe("paid")
      })
    })

    describe("POST /admin/stripe-connect/invoices/:id/refund", () => {
      const refund = (id: string, body: Json, who: TestAdmin = admin, headers: Record<string, string> = {}) =>
        api.post(`/admin/stripe-connect/invoices/${id}/refund`, body, as(who, headers))

      it("should refund part, then the rest, never more than paid, and keep the stored invoice current", async () => {
        const invoice = await paidInvoice()
        const paid = invoice.amount_paid as number
        const partial = await refund(invoice.id, { amount: 1000, reason: "customer_request" })
        expect(partial.status).toBe(200)
        expect(partial.data.refund).toEqual(expect.objectContaining({ refund_id: expect.stringMatching(/^re_/), amount: 1000, reason: "customer_request" }))
        expect(partial.data.invoice.amount_refunded).toBe(1000)
        expect(hostEvents.find((event) => event.name === "stripe.invoice_refunded")?.data).toEqual(
          expect.objectContaining({ id: invoice.id, amount_refunded: 1000, stripe_event_id: null })
        )
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/refunds" })
        expect(request).toEqual(expect.objectContaining({ stripe_account: accountId, idempotency_key: expect.stringMatching(/^stripe-connect:invoice-refund:ch_/) }))

        const tooMuch = await refund(invoice.id, { amount: paid })
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("amount")
        const rest = await refund(invoice.id, {})
        expect(rest.status).toBe(200)
        expect(rest.data.refund.amount).toBe(paid - 1000)
        expect(rest.data.invoice.amount_refunded).toBe(paid)
        const charge = await stripe.charges.retrieve(invoice.stripe_charge_id, {}, { stripeAccount: accountId })
        expect(charge.amount_refunded).toBe(paid)
      })

      it("should follow a refund made outside the plugin through charge.refunded and tell the host", async () => {
        const invoice = await paidInvoice()
        await stripe.refunds.create({ charge: invoice.stripe_charge_id, amount: 300 }, { stripeAccount: accountId })
        const refunded = await waitFor(async () => hostEvents.find((event) => event.name === "stripe.invoice_refunded"), "stripe.invoice_refunded")
        expect(refunded.data).toEqual(expect.objectContaining({ id: invoice.id, amount_refunded: 300, order_id: order.id }))
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        expect(shown.data.invoice).toEqual(expect.objectContaining({ status: "paid", amount_refunded: 300 }))
      })

      it("should never refund more than paid when refunds arrive at once", async () => {
        const invoice = await paidInvoice()
        const paid = invoice.amount_paid as number
        const each = Math.ceil(paid / 3)
        const responses = await Promise.all(Array.from({ length: 5 }, () => refund(invoice.id, { amount: each })))
        const ok = responses.filter((response) => response.status === 200)
        expect(ok).toHaveLength(Math.floor(paid / each))
        const charge = await stripe.charges.retrieve(invoice.stripe_charge_id, {}, { stripeAccount: accountId })
        expect(charge.amount_refunded).toBe(ok.length * each)
        expect(charge.amount_refunded).toBeLessThanOrEqual(paid)
        const shown = await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(admin))
        expect(shown.data.invoice.refunds).toHaveLength(ok.length)
      })

      it("should answer a repeated Idempotency-Key with the first refund and refund once", async () => {
        const invoice = await paidInvoice()
        const first = await refund(invoice.id, { amount: 700 }, admin, { "Idempotency-Key": "refund-once-1" })
        const second = await refund(invoice.id, { amount: 700 }, admin, { "Idempotency-Key": "refund-once-1" })
        expect(second.data.refund.refund_id).toBe(first.data.refund.refund_id)
        const charge = await stripe.charges.retrieve(invoice.stripe_charge_id, {}, { stripeAccount: accountId })
        expect(charge.amount_refunded).toBe(700)
      })

      it("should allow admin, power_user and payment_admin, and refuse other roles", async () => {
        const invoice = await paidInvoice()
        for (const role of ["admin", "power_user", "payment_admin"] as const) {
          const who = await createAdminUser(container(), { roles: [{ role }] })
          expect((await refund(invoice.id, { amount: 100 }, who)).status).toBe(200)
        }
        for (const role of ["pos_staff", "manager", "integration_admin"] as const) {
          const who = await createAdminUser(container(), { roles: [{ role }] })
          expect((await refund(invoice.id, { amount: 100 }, who)).status).toBe(403)
        }
      })

      it("should refuse an invoice that is not paid", async () => {
        const invoice = await sentInvoice()
        const response = await refund(invoice.id, {})
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("open")
      })

      it("should throttle each user to 20 requests a minute with 429 and Retry-After, counted in the database", async () => {
        const invoice = await sentInvoice()
        const user = await createAdminUser(container(), { roles: [{ role: "power_user" }] })
        const statuses: number[] = []
        for (let i = 0; i < 20; i++) {
          statuses.push((await refund(invoice.id, {}, user)).status)
        }
        expect(statuses.every((status) => status === 400)).toBe(true)
        const limited = await refund(invoice.id, {}, user)
        expect(limited.status).toBe(429)
        expect(limited.data.code).toBe("rate_limited")
        expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
        const knex = container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const [{ count }] = await knex("stripe_connect_throttle_hit").where({ actor_id: user.userId }).count()
        expect(Number(count)).toBe(20)
        // Another user has a budget of their own.
        expect((await refund(invoice.id, {}, admin)).status).toBe(400)
      })
    })

    describe("lists", () => {
      it("should list an integration's invoices newest first with pagination, and an order's invoices across integrations", async () => {
        const first = await sentInvoice(order.id)
        const second = await sentInvoice(otherOrder.id)
        const page = await api.get(`/admin/stripe-connect/integrations/${integrationId}/invoices?limit=1`, as(admin))
        expect(page.status).toBe(200)
        expect(page.data).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 1 }))
        expect(page.data.data.map((row: Json) => row.id)).toEqual([second.id])
        const next = await api.get(`/admin/stripe-connect/integrations/${integrationId}/invoices?limit=1&offset=1`, as(admin))
        expect(next.data.data.map((row: Json) => row.id)).toEqual([first.id])

        await api.post(`/admin/stripe-connect/invoices/${first.id}/void`, {}, as(admin))
        const other = await connectIntegration("merchant_a")
        const onOther = await sentInvoice(order.id, other.id)
        const forOrder = await api.get(`/admin/orders/${order.id}/stripe-invoices`, as(admin))
        expect(forOrder.status).toBe(200)
        expect(forOrder.data.data.map((row: Json) => row.id)).toEqual([onOther.id, first.id])
        expect(forOrder.data.data.map((row: Json) => row.integration_id)).toEqual([other.id, integrationId])
      })
    })

    describe("merchant scoping", () => {
      it("should hide another merchant's invoices (404, empty lists) and refuse sending on its integration", async () => {
        const invoice = await sentInvoice()
        const scopedToB = await createAdminUser(container(), { roles: [{ role: "admin", merchant_ids: ["merchant_b"] }] })
        const scopedToA = await createAdminUser(container(), { roles: [{ role: "admin", merchant_ids: ["merchant_a"] }] })
        expect((await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(scopedToB))).status).toBe(404)
        expect((await api.get(`/admin/stripe-connect/invoices/${invoice.id}/activity`, as(scopedToB))).status).toBe(404)
        expect((await api.post(`/admin/stripe-connect/invoices/${invoice.id}/void`, {}, as(scopedToB))).status).toBe(404)
        expect((await api.get(`/admin/orders/${order.id}/stripe-invoices`, as(scopedToB))).status).toBe(404)
        expect((await api.get(`/admin/stripe-connect/integrations/${integrationId}/invoices`, as(scopedToB))).status).toBe(404)
        expect((await send({}, scopedToB)).status).toBe(404)
        expect((await api.get(`/admin/stripe-connect/invoices/${invoice.id}`, as(scopedToA))).status).toBe(200)
        // The order's sales channel is linked to no connected account, so the order belongs to no merchant: its
        // list is for platform roles only (the invoice itself is merchant_a's, through its integration).
        expect((await api.get(`/admin/orders/${order.id}/stripe-invoices`, as(scopedToA))).status).toBe(404)
        expect((await api.get(`/admin/orders/${order.id}/stripe-invoices`, as(admin))).data.count).toBe(1)
      })
    })

    describe("pay links", () => {
      const createLink = (body: Json = {}, who: TestAdmin = admin) =>
        api.post("/admin/stripe-connect/pay-links", { order_id: order.id, integration_id: integrationId, ...body }, as(who))
      const links = () => api.get(`/admin/orders/${order.id}/stripe-pay-links`, as(admin))

      it("should create a Checkout Session for the outstanding amount and follow it to completed", async () => {
        const created = await createLink({ expires_in_minutes: 60 })
        expect(created.status).toBe(200)
        const link = created.data.pay_link
        expect(created.data.url).toBe(link.url)
        expect(link).toEqual(expect.objectContaining({ status: "open", amount: minor(order.total), currency: "usd", checkout_session_id: expect.stringMatching(/^cs_/), order_id: order.id }))
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/checkout/sessions" })
        expect(request).toEqual(expect.objectContaining({ stripe_account: accountId, idempotency_key: expect.stringMatching(/^stripe-connect:pay-link:/) }))
        expect((await links()).data.data.map((row: Json) => row.status)).toEqual(["open"])

        await emulator("POST", `/checkout/sessions/${link.checkout_session_id}/complete`, { account: accountId })
        const completed = await waitFor(async () => {
          const rows = (await links()).data.data
          return rows[0]?.status === "completed" ? rows[0] : undefined
        }, "checkout.session.completed")
        expect(completed).toEqual(expect.objectContaining({ completed_at: expect.any(String), stripe_payment_intent_id: expect.stringMatching(/^pi_/) }))
        // Nothing is outstanding any more.
        const none = await createLink()
        expect(none.status).toBe(400)
        expect(none.data.message).toContain("outstanding")
      })

      it("should mark a link expired when Stripe expires its session", async () => {
        const created = await createLink({ expires_in_minutes: 30 })
        await emulator("POST", "/clock/advance", { seconds: 31 * 60 })
        const expired = await waitFor(async () => {
          const rows = (await links()).data.data
          return rows[0]?.status === "expired" ? rows[0] : undefined
        }, "checkout.session.expired")
        expect(expired.id).toBe(created.data.pay_link.id)
        expect(hostEvents.map((event) => event.name)).toContain("stripe.pay_link_expired")
      })

      it("should refuse new links after a disconnect while existing links keep working", async () => {
        const created = await createLink()
        const url = created.data.url as string
        await api.post(`/admin/stripe-connect/integrations/${integrationId}/disconnect`, {}, as(admin))
        const refused = await createLink()
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("integration_not_connected")
        const page = await fetch(url)
        expect(page.status).toBe(200)
        // The platform lost access to the account, but the customer can still pay the link at Stripe.
        const session = await emulator<Json>("POST", `/checkout/sessions/${created.data.pay_link.checkout_session_id}/complete`, { account: accountId })
        expect(session).toEqual(expect.objectContaining({ status: "complete", payment_status: "paid" }))
      })

      it("should answer 400 naming the field for a bad expiry and hide other merchants' links", async () => {
        const bad = await createLink({ expires_in_minutes: 5 })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("expires_in_minutes")
        await createLink()
        const scopedToB = await createAdminUser(container(), { roles: [{ role: "admin", merchant_ids: ["merchant_b"] }] })
        expect((await api.get(`/admin/orders/${order.id}/stripe-pay-links`, as(scopedToB))).status).toBe(404)
        expect((await createLink({}, scopedToB)).status).toBe(404)
      })
    })
  },
})
