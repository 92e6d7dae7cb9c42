import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderPaymentCollectionWorkflow, createSalesChannelsWorkflow, markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { connectIntegration, service } from "../workflows/helpers"
import { createTestOrder, seedStore, type OrderTotals } from "../invoices/fixtures"
import { freePortSync, storedEvents, waitFor } from "../webhooks/helpers"
import { syncStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/sync-stripe-payment"
import { emulatorStripe } from "../../helpers/emulator-stripe"

jest.setTimeout(300_000)

// The per-account webhook endpoint registered when an integration connects points at this app, so invoice events
// reach the plugin's real pipeline.
const port = freePortSync()
process.env.PORT = String(port)

type Json = Record<string, unknown>
type Answer = { status: number; data: Json }

/** A body with the id it names replaced, so answers about two different ids can be compared exactly. */
const withoutId = (data: Json, id: string): Json => JSON.parse(JSON.stringify(data).split(id).join("<id>")) as Json

/**
 * Two merchants, A and B, each with an onboarded connected account, a sales channel linked to it, orders in that
 * channel, a connected integration and its own merchant-scoped admin (payment_admin, tenant_admin and
 * integration_admin, all for that merchant only). A's records are made by a platform super_admin. B's admin must
 * find every one of them exactly as it finds an id that exists nowhere, and must not be able to act on them.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    let platform: TestAdmin
    let adminA: TestAdmin
    let adminB: TestAdmin
    let accountA: string
    let accountB: string
    let channels: { a: string; b: string; free: string; race: string }
    let store: { regionId: string; salesChannelId: string }
    let orderA: OrderTotals
    let orderB: OrderTotals
    let mismatchOrder: OrderTotals
    let integrationA: { id: string; account: string }
    let integrationB: { id: string; account: string }
    let paymentA: { payment_intent_id: string; charge: string }
    let paymentB: { payment_intent_id: string; charge: string }
    let transferA: string
    let disputeA: string
    let invoiceA: Json
    let eventA: string

    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const call = async (who: TestAdmin, method: string, url: string, body?: object): Promise<Answer> => {
      const response = await api.request({ method, url, data: method === "GET" ? undefined : (body ?? {}), ...as(who) })
      return { status: response.status, data: response.data as Json }
    }
    const merchantAdmin = (merchantId: string) =>
      createAdminUser(container(), {
        roles: (["payment_admin", "tenant_admin", "integration_admin"] as const).map((role) => ({ role, merchant_ids: [merchantId] })),
      })

    /** A charged admin payment of the account (automatic capture, paid at the emulator, then stored from Stripe). */
    async function chargedPayment(accountId: string, orderId: string): Promise<{ payment_intent_id: string; charge: string }> {
      const created = await call(platform, "POST", "/admin/stripe-connect/payments", {
        account_id: accountId,
        amount: 5000,
        currency: "usd",
        order_id: orderId,
        capture_method: "automatic",
      })
      expect(created.status).toBe(200)
      const paymentIntentId = String(created.data.payment_intent_id)
      await emulator("POST", `/payment_intents/${paymentIntentId}/succeed`)
      await syncStripePaymentWorkflow(container()).run({ input: { payment_intent_id: paymentIntentId, event_type: "payment_intent.succeeded" } })
      const [stored] = await service(container()).listStripeConnectPayments({ payment_intent_id: paymentIntentId }, { take: 1 })
      expect(stored.latest_charge_id).toMatch(/^ch_/)
      return { payment_intent_id: paymentIntentId, charge: String(stored.latest_charge_id) }
    }

    const linkChannel = (who: TestAdmin, accountId: string, channelId: string) =>
      call(who, "POST", `/admin/stripe-connect/accounts/${accountId}/sales-channels`, { add: [channelId] })

    beforeAll(async () => {
      await emulator("POST", "/reset")
      platform = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), platform.headers, "merchant_a")
      accountB = await onboardedAccount(api, container(), platform.headers, "merchant_b")
      store = await seedStore(container())
      const { result } = await createSalesChannelsWorkflow(container()).run({
        input: { salesChannelsData: [{ name: "Shop A" }, { name: "Shop B" }, { name: "Unlinked" }, { name: "Contested" }] },
      })
      channels = { a: result[0].id, b: result[1].id, free: result[2].id, race: result[3].id }
      expect((await linkChannel(platform, accountA, channels.a)).status).toBe(200)
      expect((await linkChannel(platform, accountB, channels.b)).status).toBe(200)
      orderA = await createTestOrder(container(), { regionId: store.regionId, salesChannelId: channels.a })
      mismatchOrder = await createTestOrder(container(), { regionId: store.regionId, salesChannelId: channels.a }, { email: "late@example.com" })
      orderB = await createTestOrder(container(), { regionId: store.regionId, salesChannelId: channels.b }, { email: "b@example.com" })

      integrationA = await connectIntegration(api, platform, "merchant_a")
      integrationB = await connectIntegration(api, platform, "merchant_b")
      adminA = await merchantAdmin("merchant_a")
      adminB = await merchantAdmin("merchant_b")

      paymentA = await chargedPayment(accountA, orderA.id)
      paymentB = await chargedPayment(accountB, orderB.id)
      await emulator("POST", "/balance/add", { amount: 100_000, currency: "usd" })
      const transfer = await call(platform, "POST", "/admin/stripe-connect/transfers", { account_id: accountA, amount: 1000, currency: "usd" })
      expect(transfer.status).toBe(200)
      transferA = String(transfer.data.transfer_id)
      disputeA = (await emulator<{ id: string }>("POST", `/charges/${paymentA.charge}/dispute`, { reason: "fraudulent" })).id
      const invoice = await call(platform, "POST", "/admin/stripe-connect/invoices", { order_id: orderA.id, integration_id: integrationA.id })
      expect(invoice.status).toBe(200)
      invoiceA = invoice.data.invoice as Json
      const pay = await call(platform, "POST", "/admin/stripe-connect/pay-links", { order_id: orderB.id, integration_id: integrationB.id })
      expect(pay.status).toBe(200)
      eventA = await waitFor(async () => {
        const rows = await storedEvents(container())
        return rows.find((row) => row.account === integrationA.account)?.id
      }, "a stored event of A's integration account")
    })

    /** Every admin route that takes an id, with a body it accepts, A's id and an id that exists nowhere. */
    const idRoutes = (): { route: string; method: string; path: (id: string) => string; body?: object; mine: string; unknown: string }[] => [
      { route: "GET /accounts/:account_id", method: "GET", path: (id) => `/admin/stripe-connect/accounts/${id}`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "POST /accounts/:account_id/onboarding-link", method: "POST", path: (id) => `/admin/stripe-connect/accounts/${id}/onboarding-link`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "POST /accounts/:account_id/dashboard-link", method: "POST", path: (id) => `/admin/stripe-connect/accounts/${id}/dashboard-link`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "POST /accounts/:account_id/sales-channels", method: "POST", path: (id) => `/admin/stripe-connect/accounts/${id}/sales-channels`, body: { add: [channels.free] }, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "GET /accounts/:account_id/balance", method: "GET", path: (id) => `/admin/stripe-connect/accounts/${id}/balance`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "GET /accounts/:account_id/payouts", method: "GET", path: (id) => `/admin/stripe-connect/accounts/${id}/payouts`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "POST /accounts/:account_id/payouts", method: "POST", path: (id) => `/admin/stripe-connect/accounts/${id}/payouts`, body: { amount: 100, currency: "usd" }, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "GET /accounts/:account_id/payouts/schedule", method: "GET", path: (id) => `/admin/stripe-connect/accounts/${id}/payouts/schedule`, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "PUT /accounts/:account_id/payouts/schedule", method: "PUT", path: (id) => `/admin/stripe-connect/accounts/${id}/payouts/schedule`, body: { interval: "daily" }, mine: accountA, unknown: "acct_nowhere000000" },
      { route: "GET /payments/:id", method: "GET", path: (id) => `/admin/stripe-connect/payments/${id}`, mine: paymentA.payment_intent_id, unknown: "pi_nowhere000000" },
      { route: "POST /payments/:id/capture", method: "POST", path: (id) => `/admin/stripe-connect/payments/${id}/capture`, mine: paymentA.payment_intent_id, unknown: "pi_nowhere000000" },
      { route: "POST /payments/:id/refund", method: "POST", path: (id) => `/admin/stripe-connect/payments/${id}/refund`, body: { amount: 100 }, mine: paymentA.payment_intent_id, unknown: "pi_nowhere000000" },
      { route: "POST /transfers/:transfer_id/reverse", method: "POST", path: (id) => `/admin/stripe-connect/transfers/${id}/reverse`, mine: transferA, unknown: "tr_nowhere000000" },
      { route: "POST /disputes/:dispute_id/evidence", method: "POST", path: (id) => `/admin/stripe-connect/disputes/${id}/evidence`, body: { evidence: { uncategorized_text: "mine" } }, mine: disputeA, unknown: "dp_nowhere000000" },
      { route: "GET /integrations/:id", method: "GET", path: (id) => `/admin/stripe-connect/integrations/${id}`, mine: integrationA.id, unknown: "scint_nowhere000000" },
      { route: "POST /integrations/:id/authorize", method: "POST", path: (id) => `/admin/stripe-connect/integrations/${id}/authorize`, mine: integrationA.id, unknown: "scint_nowhere000000" },
      { route: "POST /integrations/:id/disconnect", method: "POST", path: (id) => `/admin/stripe-connect/integrations/${id}/disconnect`, mine: integrationA.id, unknown: "scint_nowhere000000" },
      { route: "GET /integrations/:id/invoices", method: "GET", path: (id) => `/admin/stripe-connect/integrations/${id}/invoices`, mine: integrationA.id, unknown: "scint_nowhere000000" },
      { route: "GET /invoices/:id", method: "GET", path: (id) => `/admin/stripe-connect/invoices/${id}`, mine: String(invoiceA.id), unknown: "scinv_nowhere000000" },
      { route: "GET /invoices/:id (Stripe id)", method: "GET", path: (id) => `/admin/stripe-connect/invoices/${id}`, mine: String(invoiceA.stripe_invoice_id), unknown: "in_nowhere000000" },
      { route: "GET /invoices/:id/activity", method: "GET", path: (id) => `/admin/stripe-connect/invoices/${id}/activity`, mine: String(invoiceA.id), unknown: "scinv_nowhere000000" },
      { route: "POST /invoices/:id/void", method: "POST", path: (id) => `/admin/stripe-connect/invoices/${id}/void`, mine: String(invoiceA.id), unknown: "scinv_nowhere000000" },
      { route: "POST /invoices/:id/refund", method: "POST", path: (id) => `/admin/stripe-connect/invoices/${id}/refund`, mine: String(invoiceA.id), unknown: "scinv_nowhere000000" },
      { route: "GET /admin/orders/:id/stripe-invoices", method: "GET", path: (id) => `/admin/orders/${id}/stripe-invoices`, mine: orderA.id, unknown: "order_nowhere000000" },
      { route: "GET /admin/orders/:id/stripe-pay-links", method: "GET", path: (id) => `/admin/orders/${id}/stripe-pay-links`, mine: orderA.id, unknown: "order_nowhere000000" },
      { route: "GET /admin/orders/:id/stripe-payments", method: "GET", path: (id) => `/admin/orders/${id}/stripe-payments`, mine: orderA.id, unknown: "order_nowhere000000" },
      { route: "GET /webhook-events/:id", method: "GET", path: (id) => `/admin/stripe-connect/webhook-events/${id}`, mine: eventA, unknown: "scwhevt_nowhere000000" },
      { route: "POST /webhook-events/:id/replay", method: "POST", path: (id) => `/admin/stripe-connect/webhook-events/${id}/replay`, mine: eventA, unknown: "scwhevt_nowhere000000" },
    ]

    describe("every admin route that takes an id", () => {
      it("should answer B's merchant admin on A's records exactly as on an id that exists nowhere (404), and move nothing at Stripe", async () => {
        await emulator("DELETE", "/requests")
        const leaks: string[] = []
        for (const route of idRoutes()) {
          const foreign = await call(adminB, route.method, route.path(route.mine), route.body)
          const unknown = await call(adminB, route.method, route.path(route.unknown), route.body)
          if (foreign.status !== 404 || unknown.status !== 404) {
            leaks.push(`${route.route}: A's id ${foreign.status} ${JSON.stringify(foreign.data)}, unknown id ${unknown.status}`)
          } else if (JSON.stringify(withoutId(foreign.data, route.mine)) !== JSON.stringify(withoutId(unknown.data, route.unknown))) {
            leaks.push(`${route.route}: ${JSON.stringify(foreign.data)} differs from ${JSON.stringify(unknown.data)}`)
          }
        }
        expect(leaks).toEqual([])
        expect(await emulatorRequests({ method: "POST" })).toEqual([])
      })

      it("should let A's own merchant admin reach the same records", async () => {
        const refused: string[] = []
        for (const route of idRoutes().filter((entry) => entry.method === "GET")) {
          const answer = await call(adminA, route.method, route.path(route.mine))
          if (answer.status !== 200) {
            refused.push(`${route.route}: ${answer.status} ${JSON.stringify(answer.data)}`)
          }
        }
        expect(refused).toEqual([])
      })

      it("should leave A's records out of B's lists", async () => {
        const payments = await call(adminB, "GET", "/admin/stripe-connect/payments")
        expect((payments.data.data as Json[]).map((payment) => payment.payment_intent_id)).toEqual([paymentB.payment_intent_id])
        const transfers = await call(adminB, "GET", "/admin/stripe-connect/transfers")
        expect(transfers.data.count).toBe(0)
        const accounts = await call(adminB, "GET", "/admin/stripe-connect/accounts")
        expect((accounts.data.data as Json[]).map((account) => account.account_id)).toEqual([accountB])
      })
    })

    describe("invoices, pay links and payments for an order", () => {
      it("should answer B's merchant admin 404 for an invoice, a pay link or a payment naming A's order through B's own records, as for an unknown order, and make nothing", async () => {
        await emulator("DELETE", "/requests")
        const bodies = (orderId: string) => [
          { url: "/admin/stripe-connect/invoices", body: { order_id: orderId, integration_id: integrationB.id } },
          { url: "/admin/stripe-connect/pay-links", body: { order_id: orderId, integration_id: integrationB.id } },
          { url: "/admin/stripe-connect/payments", body: { account_id: accountB, amount: 1000, currency: "usd", order_id: orderId } },
        ]
        const unknownOrder = "order_nowhere000000"
        const foreign = bodies(orderA.id)
        const unknown = bodies(unknownOrder)
        for (const [index, request] of foreign.entries()) {
          const answer = await call(adminB, "POST", request.url, request.body)
          const missing = await call(adminB, "POST", unknown[index].url, unknown[index].body)
          expect({ url: request.url, status: answer.status }).toEqual({ url: request.url, status: 404 })
          expect(withoutId(answer.data, orderA.id)).toEqual(withoutId(missing.data, unknownOrder))
        }
        expect(await emulatorRequests({ method: "POST" })).toEqual([])
        expect(await service(container()).listStripeConnectInvoices({ order_id: orderA.id, integration_id: integrationB.id })).toEqual([])
        expect(await service(container()).listStripeConnectPayLinks({ order_id: orderA.id })).toEqual([])
      })

      it("should still send B's invoice for B's own order through B's integration", async () => {
        const answer = await call(adminB, "POST", "/admin/stripe-connect/invoices", { order_id: orderB.id, integration_id: integrationB.id })
        expect(answer.status).toBe(200)
        expect(answer.data.invoice).toEqual(expect.objectContaining({ order_id: orderB.id, integration_id: integrationB.id }))
      })

      it("should refuse even a platform admin an invoice or pay link for A's order on B's integration, with a 400 naming order_id", async () => {
        // An order of A with nothing sent yet (an open invoice of the order would be answered as it is).
        const fresh = await createTestOrder(container(), { regionId: store.regionId, salesChannelId: channels.a }, { email: "fresh@example.com" })
        await emulator("DELETE", "/requests")
        for (const url of ["/admin/stripe-connect/invoices", "/admin/stripe-connect/pay-links"]) {
          const answer = await call(platform, "POST", url, { order_id: fresh.id, integration_id: integrationB.id })
          expect(answer.status).toBe(400)
          expect(answer.data).toEqual(expect.objectContaining({ code: "invalid_request", message: expect.stringContaining("order_id") }))
        }
        expect(await emulatorRequests({ method: "POST", account: integrationB.account })).toEqual([])
      })

      it("should not mark an order paid from invoice.paid when the amount paid is not the order's outstanding amount, and record why", async () => {
        const sent = await call(platform, "POST", "/admin/stripe-connect/invoices", { order_id: mismatchOrder.id, integration_id: integrationA.id })
        expect(sent.status).toBe(200)
        const invoice = sent.data.invoice as Json
        // Meanwhile 1.00 of the order is paid another way: the invoice's amount is no longer what is outstanding.
        const { result: collections } = await createOrderPaymentCollectionWorkflow(container()).run({ input: { order_id: mismatchOrder.id, amount: 1 } })
        await markPaymentCollectionAsPaid(container()).run({ input: { payment_collection_id: collections[0].id, order_id: mismatchOrder.id } })

        await emulator("POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account: integrationA.account })
        const paid = await waitFor(async () => {
          const [row] = await service(container()).listStripeConnectInvoices({ id: String(invoice.id) })
          return row.status === "paid" && row.metadata?.order_payment_refused ? row : undefined
        }, "the invoice.paid webhook")
        const outstanding = Math.round(mismatchOrder.total * 100) - 100
        expect(paid.amount_paid).toBe(Math.round(mismatchOrder.total * 100))
        expect(paid.metadata?.order_payment_refused).toBe(
          `paid ${paid.amount_paid} usd, but order ${mismatchOrder.id} has ${outstanding} usd outstanding`
        )
        expect(paid.metadata?.medusa_payment_id).toBeUndefined()
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["id", "summary.*", "payment_collections.id"], filters: { id: mismatchOrder.id } })
        const order = data[0] as unknown as { summary: { paid_total: number }; payment_collections: { id: string }[] }
        expect(Number(order.summary.paid_total)).toBe(1)
        expect(order.payment_collections.map((collection) => collection.id)).toEqual([collections[0].id])
      })
    })

    describe("a payment intent the plugin has not stored yet", () => {
      it("should be stored for the merchant owning the paid account, never linked to another merchant's order its metadata names", async () => {
        const forged = await emulatorStripe().paymentIntents.create({
          amount: 1000,
          currency: "usd",
          transfer_data: { destination: accountB },
          metadata: { medusa_plugin: "stripe-connect", merchant_id: "merchant_a", order_id: orderA.id, source: "admin" },
        })
        await syncStripePaymentWorkflow(container()).run({ input: { payment_intent_id: forged.id, event_type: "payment_intent.created" } })
        const [stored] = await service(container()).listStripeConnectPayments({ payment_intent_id: forged.id }, { take: 1 })
        expect(stored).toEqual(expect.objectContaining({ stripe_account_id: accountB, merchant_id: "merchant_b", order_id: null }))
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["id", "stripe_connect_payments.payment_intent_id"], filters: { id: orderA.id } })
        const linked = (data[0] as { stripe_connect_payments?: ({ payment_intent_id: string } | null)[] }).stripe_connect_payments ?? []
        expect(linked.map((payment) => payment?.payment_intent_id)).not.toContain(forged.id)
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/sales-channels", () => {
      it("should refuse a merchant admin linking a channel to its own account (403) or another's (404), and link nothing", async () => {
        const own = await linkChannel(adminB, accountB, channels.free)
        expect(own.status).toBe(403)
        expect(own.data.code).toBe("forbidden")
        const foreign = await linkChannel(adminB, accountA, channels.free)
        const unknown = await linkChannel(adminB, "acct_nowhere000000", channels.free)
        expect(foreign.status).toBe(404)
        expect(withoutId(foreign.data, accountA)).toEqual(withoutId(unknown.data, "acct_nowhere000000"))
        expect(await service(container()).listSalesChannelAccounts({ sales_channel_id: channels.free })).toEqual([])
      })

      it("should answer 409 for a channel already linked to another account and leave it where it was", async () => {
        const answer = await linkChannel(platform, accountB, channels.a)
        expect(answer.status).toBe(409)
        expect(answer.data).toEqual(expect.objectContaining({ code: "conflict", message: expect.stringContaining(channels.a) }))
        const owners = await service(container()).listSalesChannelAccounts({ sales_channel_id: channels.a })
        expect(owners.map((owner) => owner.merchant_id)).toEqual(["merchant_a"])
        const shownB = await call(platform, "GET", `/admin/stripe-connect/accounts/${accountB}`)
        expect(shownB.data.sales_channel_ids).toEqual([channels.b])
      })

      it("should let exactly one account win 5 concurrent links of one channel to two accounts", async () => {
        const contenders = [accountA, accountB, accountA, accountB, accountA]
        const answers = await Promise.all(contenders.map((accountId) => linkChannel(platform, accountId, channels.race)))
        const owners = await service(container()).listSalesChannelAccounts({ sales_channel_id: channels.race })
        expect(owners).toHaveLength(1)
        const winner = owners[0].merchant_id === "merchant_a" ? accountA : accountB
        expect(answers.map((answer, index) => (contenders[index] === winner ? answer.status : -answer.status))).toEqual(
          contenders.map((accountId) => (accountId === winner ? 200 : -409))
        )
        const linked = await Promise.all([accountA, accountB].map(async (accountId) => (await call(platform, "GET", `/admin/stripe-connect/accounts/${accountId}`)).data.sales_channel_ids as string[]))
        expect(linked.filter((ids) => ids.includes(channels.race))).toHaveLength(1)
        expect(linked[winner === accountA ? 0 : 1]).toContain(channels.race)
      })
    })

    describe("POST /admin/stripe-connect/transfers as a merchant admin", () => {
      const transfer = (body: Json) => call(adminB, "POST", "/admin/stripe-connect/transfers", { account_id: accountB, amount: 100, currency: "usd", ...body })

      it("should refuse a transfer from the platform balance (no source_transaction) with 403 and send nothing to Stripe", async () => {
        await emulator("DELETE", "/requests")
        const answer = await transfer({})
        expect(answer.status).toBe(403)
        expect(answer.data).toEqual(expect.objectContaining({ code: "forbidden", message: expect.stringContaining("source_transaction") }))
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toEqual([])
      })

      it("should answer another merchant's charge or order exactly as an unknown one (404) and send nothing to Stripe", async () => {
        await emulator("DELETE", "/requests")
        const foreignCharge = await transfer({ source_transaction: paymentA.charge })
        const unknownCharge = await transfer({ source_transaction: "ch_nowhere000000" })
        expect(foreignCharge.status).toBe(404)
        expect(withoutId(foreignCharge.data, paymentA.charge)).toEqual(withoutId(unknownCharge.data, "ch_nowhere000000"))
        const foreignOrder = await transfer({ order_id: orderA.id })
        const unknownOrder = await transfer({ order_id: "order_nowhere000000" })
        expect(foreignOrder.status).toBe(404)
        expect(withoutId(foreignOrder.data, orderA.id)).toEqual(withoutId(unknownOrder.data, "order_nowhere000000"))
        expect((await transfer({ account_id: accountA, source_transaction: paymentA.charge })).status).toBe(404)
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toEqual([])
      })

      it("should pass a transfer against the merchant's own charge on to Stripe", async () => {
        await emulator("DELETE", "/requests")
        const answer = await transfer({ source_transaction: paymentB.charge })
        expect([403, 404]).not.toContain(answer.status)
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.params).toEqual(expect.objectContaining({ destination: accountB, source_transaction: paymentB.charge }))
      })
    })

    describe("GET /admin/stripe-connect/fees", () => {
      it("should show a merchant admin only its own merchants' overrides, and the platform every one", async () => {
        const document = {
          default_fee_percent: 2.5,
          default_fee_fixed: 30,
          fee_tiers: [],
          per_merchant_overrides: [
            { merchant_id: "merchant_a", fee_percent: 1, fee_fixed: 0, reason: "A's deal" },
            { merchant_id: "merchant_b", fee_percent: 2, fee_fixed: 10, reason: "B's deal" },
          ],
        }
        expect((await call(platform, "PUT", "/admin/stripe-connect/fees", document)).status).toBe(200)
        const seenByB = await call(adminB, "GET", "/admin/stripe-connect/fees")
        expect(seenByB.status).toBe(200)
        expect(seenByB.data).toEqual(expect.objectContaining({ default_fee_percent: 2.5, default_fee_fixed: 30, per_merchant_overrides: [document.per_merchant_overrides[1]] }))
        const seenByPlatform = await call(platform, "GET", "/admin/stripe-connect/fees")
        expect(seenByPlatform.data.per_merchant_overrides).toEqual(document.per_merchant_overrides)
      })

      it("should let a super_admin limited to B change B's override only, keeping A's and the platform's fees", async () => {
        const platformDocument = {
          default_fee_percent: 2.5,
          default_fee_fixed: 30,
          fee_tiers: [{ volume_min: 0, volume_max: null, fee_percent: 2, fee_fixed: 20 }],
          per_merchant_overrides: [
            { merchant_id: "merchant_a", fee_percent: 1, fee_fixed: 0, reason: "A's deal" },
            { merchant_id: "merchant_b", fee_percent: 2, fee_fixed: 10, reason: "B's deal" },
          ],
        }
        expect((await call(platform, "PUT", "/admin/stripe-connect/fees", platformDocument)).status).toBe(200)
        const superAdminB = await createAdminUser(container(), { roles: [{ role: "super_admin", merchant_ids: ["merchant_b"] }] })
        const seen = await call(superAdminB, "GET", "/admin/stripe-connect/fees")
        const ownOverride = { merchant_id: "merchant_b", fee_percent: 1.5, fee_fixed: 5, reason: "renegotiated" }
        const { currency: _currency, updated_at: _at, updated_by: _by, ...asSeen } = seen.data

        const attempts: [string, object][] = [
          ["default_fee_percent", { ...asSeen, default_fee_percent: 0 }],
          ["fee_tiers", { ...asSeen, fee_tiers: [] }],
          ["per_merchant_overrides[1].merchant_id", { ...asSeen, per_merchant_overrides: [ownOverride, { ...ownOverride, merchant_id: "merchant_a" }] }],
        ]
        for (const [field, body] of attempts) {
          const refused = await call(superAdminB, "PUT", "/admin/stripe-connect/fees", body)
          expect({ field, status: refused.status, code: refused.data.code }).toEqual({ field, status: 403, code: "forbidden" })
          expect(refused.data.message).toContain(field)
        }
        const currencyDocument = await call(superAdminB, "PUT", "/admin/stripe-connect/fees?currency=eur", { ...asSeen, per_merchant_overrides: [ownOverride] })
        expect({ status: currencyDocument.status, message: currencyDocument.data.message }).toEqual({ status: 403, message: expect.stringContaining("currency") })

        const changed = await call(superAdminB, "PUT", "/admin/stripe-connect/fees", { ...asSeen, per_merchant_overrides: [ownOverride] })
        expect(changed.status).toBe(200)
        expect(changed.data.per_merchant_overrides).toEqual([ownOverride])
        const seenByPlatform = await call(platform, "GET", "/admin/stripe-connect/fees")
        expect(seenByPlatform.data).toEqual(
          expect.objectContaining({
            default_fee_percent: 2.5,
            default_fee_fixed: 30,
            fee_tiers: platformDocument.fee_tiers,
            per_merchant_overrides: [platformDocument.per_merchant_overrides[0], ownOverride],
          })
        )
      })
    })
  },
})
