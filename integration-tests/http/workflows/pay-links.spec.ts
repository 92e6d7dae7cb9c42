import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { emulatorStripe, freePortSync } from "../webhooks/helpers"
import { createTestOrder, seedStore, type OrderTotals } from "../invoices/fixtures"
import { createOrderPayLinkWorkflow } from "../../../src/workflows/pay-links/workflows/create-order-pay-link"
import { messagesOf, MISSING_ORDER_ID, orderLinkedIds, service, thenHostStepFails, connectIntegration } from "./helpers"

jest.setTimeout(240_000)

// Connecting an integration registers a webhook endpoint on this app; deliveries are switched off below.
process.env.PORT = String(freePortSync())

const createThenHostFails = thenHostStepFails("test-create-order-pay-link-then-host-fails", createOrderPayLinkWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { regionId: string; salesChannelId: string }
    let order: OrderTotals
    let admin: TestAdmin
    let integrationId: string
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeAll(async () => {
      store = await seedStore(container())
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      await emulator("POST", "/webhooks/config", { auto_deliver: false })
      order = await createTestOrder(container(), store)
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      ;({ id: integrationId, account: accountId } = await connectIntegration(api, admin, "merchant_a"))
    })

    const linkInput = (requestId: string) => ({
      order_id: order.id,
      integration_id: integrationId,
      expires_at: Math.floor(Date.now() / 1000) + 3600,
      success_url: "https://shop.example.com/paid",
      request_id: requestId,
      actor_id: admin.userId,
    })
    const orderPayLinkIds = () => orderLinkedIds(container(), order.id, "stripe_connect_pay_link_id")

    describe("createOrderPayLinkWorkflow", () => {
      it("should open a checkout session at Stripe for the order's amount, store it and link it to the order", async () => {
        const { result, errors } = await createOrderPayLinkWorkflow(container()).run({ input: linkInput("req_pl_ok"), throwOnError: false })
        expect(errors).toEqual([])
        expect(result).toEqual(expect.objectContaining({ order_id: order.id, amount: Math.round(order.total * 100), status: "open", url: expect.stringContaining(result.checkout_session_id) }))
        const session = await stripe.checkout.sessions.retrieve(result.checkout_session_id, {}, { stripeAccount: accountId })
        expect(session).toEqual(expect.objectContaining({ status: "open", amount_total: Math.round(order.total * 100) }))
        expect(await orderPayLinkIds()).toEqual([result.id])
      })

      it("should expire the checkout session at Stripe, remove the stored link and the order link when a later step fails", async () => {
        const { errors } = await createThenHostFails(container()).run({ input: linkInput("req_pl_comp"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        const [session] = (await stripe.checkout.sessions.list({}, { stripeAccount: accountId })).data
        expect(session.status).toBe("expired")
        const expires = await emulatorRequests({ method: "POST", path: `/v1/checkout/sessions/${session.id}/expire` })
        expect(expires.map((request) => request.status)).toEqual([200])
        expect(await service(container()).listStripeConnectPayLinks({ checkout_session_id: session.id })).toEqual([])
        expect(await orderPayLinkIds()).toEqual([])
      })
    })
  },
})
