import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { freePortSync } from "../webhooks/helpers"
import { createTestOrder, seedStore, type OrderTotals } from "../invoices/fixtures"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"

jest.setTimeout(240_000)

// The per-account webhook endpoint registered on connect points at this app.
const port = freePortSync()
process.env.PORT = String(port)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { regionId: string; salesChannelId: string }
    let order: OrderTotals
    let admin: TestAdmin
    let integrationId: string
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    async function connectIntegration(merchantId: string): Promise<string> {
      const created = await api.post("/admin/stripe-connect/integrations", { name: `Stripe ${merchantId}`, merchant_id: merchantId }, as(admin))
      expect(created.status).toBe(200)
      const id = created.data.integration.id as string
      const authorized = await api.post(`/admin/stripe-connect/integrations/${id}/authorize`, {}, as(admin))
      const state = new URL(authorized.data.authorize_url).searchParams.get("state") as string
      const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize")
      const callback = await api.get(`/stripe-connect/oauth/callback?${new URLSearchParams({ code, state, scope: "read_write" })}`, {
        ...as(admin),
        maxRedirects: 0,
      })
      expect(callback.status).toBe(303)
      return id
    }

    beforeAll(async () => {
      store = await seedStore(container())
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      order = await createTestOrder(container(), store)
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      integrationId = await connectIntegration("merchant_a")
    })

    const createLink = () => api.post("/admin/stripe-connect/pay-links", { order_id: order.id, integration_id: integrationId }, as(admin))

    describe("POST /admin/stripe-connect/pay-links", () => {
      it("should let only one of two creations at once for an order cover its outstanding amount", async () => {
        const [a, b] = await Promise.all([createLink(), createLink()])
        expect([a.status, b.status].sort()).toEqual([200, 409])
        const [made, refused] = a.status === 200 ? [a, b] : [b, a]
        expect(refused.data).toEqual(expect.objectContaining({ code: "pay_link_open", param: "order_id" }))
        expect(refused.data.pay_link).toEqual(expect.objectContaining({ id: made.data.pay_link.id, url: made.data.url }))
        expect((await emulatorRequests({ method: "POST", path: "/v1/checkout/sessions" })).filter((r) => r.status === 200)).toHaveLength(1)
        const links = await api.get(`/admin/orders/${order.id}/stripe-pay-links`, as(admin))
        expect(links.data.data.map((link: { status: string }) => link.status)).toEqual(["open"])
      })

      it("should send the customer back only to the store's origins, naming the field otherwise", async () => {
        const elsewhere = await api.post(
          "/admin/stripe-connect/pay-links",
          { order_id: order.id, integration_id: integrationId, success_url: "https://evil.example.com/paid" },
          as(admin)
        )
        expect(elsewhere.status).toBe(400)
        expect(elsewhere.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "success_url" }))
        const script = await api.post(
          "/admin/stripe-connect/pay-links",
          { order_id: order.id, integration_id: integrationId, cancel_url: "javascript:alert(1)" },
          as(admin)
        )
        expect(script.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "cancel_url" }))
        expect(await emulatorRequests({ method: "POST", path: "/v1/checkout/sessions" })).toHaveLength(0)

        // The test app's storeCors is http://localhost:8000 (medusa-config.ts).
        const store = await api.post(
          "/admin/stripe-connect/pay-links",
          { order_id: order.id, integration_id: integrationId, success_url: "http://localhost:8000/paid", cancel_url: "http://localhost:8000/cart" },
          as(admin)
        )
        expect(store.status).toBe(200)
        const [session] = await emulatorRequests({ method: "POST", path: "/v1/checkout/sessions" })
        expect(session.params).toEqual(expect.objectContaining({ success_url: "http://localhost:8000/paid", cancel_url: "http://localhost:8000/cart" }))
      })

      it("should answer 409 pay_link_open naming the open link, and make a new one once it has expired", async () => {
        const first = await createLink()
        expect(first.status).toBe(200)
        const second = await createLink()
        expect(second.status).toBe(409)
        expect(second.data).toEqual({
          type: "conflict",
          code: "pay_link_open",
          param: "order_id",
          message: expect.stringContaining(first.data.pay_link.id),
          pay_link: {
            id: first.data.pay_link.id,
            url: first.data.url,
            amount: first.data.pay_link.amount,
            currency: first.data.pay_link.currency,
            expires_at: first.data.pay_link.expires_at,
          },
        })
        expect((await emulatorRequests({ method: "POST", path: "/v1/checkout/sessions" })).filter((r) => r.status === 200)).toHaveLength(1)
        const [open] = (await api.get(`/admin/orders/${order.id}/stripe-pay-links`, as(admin))).data.data
        // Past its expiry, before checkout.session.expired has arrived.
        await container()
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .updateStripeConnectPayLinks({ id: open.id, expires_at: new Date(Date.now() - 1000) })
        expect((await createLink()).status).toBe(200)
      })
    })
  },
})
