import type Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorRequests } from "../accounts/emulator"
import { emulator, emulatorStripe, storedEvents, waitFor, webhookSpecSetup } from "../webhooks/helpers"
import { onboardedAccount } from "./helpers"

jest.setTimeout(180_000)

// Stripe's events reach the app the way they would in production: webhook endpoints at the emulator pointing at
// the plugin's endpoints, set up before the app boots.
webhookSpecSetup()
const PROVIDER_ID = "pp_stripe-connect_stripe-connect"

type Storefront = { regionId: string; salesChannelId: string; variantId: string; publishableKey: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    /** A US region paying through the provider, a sales channel with a publishable key, a $25.00 product in it. */
    async function storefront(): Promise<Storefront> {
      const {
        result: [salesChannel],
      } = await createSalesChannelsWorkflow(container()).run({ input: { salesChannelsData: [{ name: `Shop ${Date.now()}` }] } })
      const {
        result: [region],
      } = await createRegionsWorkflow(container()).run({
        input: { regions: [{ name: "US", currency_code: "usd", countries: ["us"], payment_providers: [PROVIDER_ID] }] },
      })
      const {
        result: [product],
      } = await createProductsWorkflow(container()).run({
        input: {
          products: [
            {
              title: "Gift card",
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Value", values: ["25"] }],
              variants: [{ title: "25", options: { Value: "25" }, manage_inventory: false, prices: [{ amount: 25, currency_code: "usd" }] }],
              sales_channels: [{ id: salesChannel.id }],
            },
          ],
        },
      })
      const {
        result: [key],
      } = await createApiKeysWorkflow(container()).run({ input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] } })
      await linkSalesChannelsToApiKeyWorkflow(container()).run({ input: { id: key.id, add: [salesChannel.id] } })
      return { regionId: region.id, salesChannelId: salesChannel.id, variantId: product.variants[0].id, publishableKey: key.token }
    }

    const store = (shop: Storefront) => ({ headers: { "x-publishable-api-key": shop.publishableKey }, validateStatus: () => true })

    async function cartWithPaymentCollection(shop: Storefront): Promise<{ cartId: string; collectionId: string }> {
      const cart = await api.post(
        "/store/carts",
        { region_id: shop.regionId, sales_channel_id: shop.salesChannelId, email: "buyer@example.com", items: [{ variant_id: shop.variantId, quantity: 1 }] },
        store(shop)
      )
      expect(cart.status).toBe(200)
      const collection = await api.post("/store/payment-collections", { cart_id: cart.data.cart.id }, store(shop))
      expect(collection.status).toBe(200)
      return { cartId: cart.data.cart.id, collectionId: collection.data.payment_collection.id }
    }

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
    })

    it("should check out a cart through the merchant's connected account, capture from the admin and refund part", async () => {
      const accountId = await onboardedAccount(api, container(), admin.headers, `merchant_shop_${Date.now()}`)
      await api.put("/admin/stripe-connect/fees", { default_fee_percent: 2.9, default_fee_fixed: 30 }, as(admin))
      const shop = await storefront()
      const linked = await api.post(`/admin/stripe-connect/accounts/${accountId}/sales-channels`, { add: [shop.salesChannelId] }, as(admin))
      expect(linked.status).toBe(200)

      // The storefront starts a payment session with the provider, trying to set its own fee: it is ignored.
      const { cartId, collectionId } = await cartWithPaymentCollection(shop)
      const session = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: PROVIDER_ID, data: { application_fee_amount: 1 } },
        store(shop)
      )
      expect(session.status).toBe(200)
      const sessionData = session.data.payment_collection.payment_sessions[0].data
      const paymentIntentId: string = sessionData.id
      expect(paymentIntentId).toMatch(/^pi_/)
      expect(sessionData.client_secret).toEqual(expect.stringContaining("_secret_"))

      const [created] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
      // 2.9 % of 2500 = 72.5 -> 73, + 30 = 103, decided on the server.
      expect(created.params).toEqual(
        expect.objectContaining({
          amount: "2500",
          currency: "usd",
          capture_method: "manual",
          application_fee_amount: "103",
          transfer_data: { destination: accountId },
          transfer_group: cartId,
          metadata: expect.objectContaining({ session_id: session.data.payment_collection.payment_sessions[0].id, cart_id: cartId }),
        })
      )
      expect(created.idempotency_key).toBeTruthy()

      // The customer confirms the intent (Stripe.js in a real storefront), then the cart completes into an order.
      await emulator("POST", `/payment_intents/${paymentIntentId}/confirm`, { payment_method: "pm_card_visa" })
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store(shop))
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      const orderId: string = completed.data.order.id

      // Capture from Medusa's admin: the provider captures at Stripe.
      const order = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`, as(admin))
      const payment = order.data.order.payment_collections[0].payments[0]
      expect(payment.provider_id).toBe(PROVIDER_ID)
      const captured = await api.post(`/admin/payments/${payment.id}/capture`, {}, as(admin))
      expect(captured.status).toBe(200)
      const [captureRequest] = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${paymentIntentId}/capture` })
      expect(captureRequest.params).toEqual(expect.objectContaining({ amount_to_capture: "2500", application_fee_amount: "103" }))

      // The plugin's pipeline receives payment_intent.succeeded: the payment is stored and linked to the order.
      const stored = await waitFor(async () => {
        const response = await api.get(`/admin/orders/${orderId}/stripe-payments`, as(admin))
        const row = response.data.data?.[0]
        return row?.status === "succeeded" ? row : undefined
      }, "the stored storefront payment")
      expect(stored).toEqual(
        expect.objectContaining({
          payment_intent_id: paymentIntentId,
          account_id: accountId,
          source: "storefront",
          order_id: orderId,
          amount_captured: 2500,
          application_fee_collected: 103,
          destination_amount: 2397,
        })
      )

      // Refund $5.00 from Medusa's admin: 500 minor units at Stripe, the transfer reversed in proportion.
      const refunded = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, as(admin))
      expect(refunded.status).toBe(200)
      const [refundRequest] = await emulatorRequests({ method: "POST", path: "/v1/refunds" })
      expect(refundRequest.params).toEqual(expect.objectContaining({ payment_intent: paymentIntentId, amount: "500", reverse_transfer: "true" }))
      expect(refundRequest.idempotency_key).toMatch(new RegExp(`^stripe-connect:refund:${paymentIntentId}:`))

      // What Stripe recorded: the platform's fee, the transfer to the merchant, the refund and its reversal.
      const stripe = emulatorStripe()
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge.application_fee", "latest_charge.transfer"] })
      const charge = intent.latest_charge as Stripe.Charge
      expect(charge).toEqual(expect.objectContaining({ amount_captured: 2500, amount_refunded: 500, application_fee_amount: 103, transfer_group: cartId }))
      const fee = charge.application_fee as Stripe.ApplicationFee
      expect(fee).toEqual(expect.objectContaining({ amount: 103, amount_refunded: 0 }))
      const transfer = charge.transfer as Stripe.Transfer
      expect(transfer).toEqual(expect.objectContaining({ amount: 2500, amount_reversed: 500, destination: accountId }))

      const afterRefund = await waitFor(async () => {
        const response = await api.get(`/admin/stripe-connect/payments/${paymentIntentId}`, as(admin))
        return response.data.amount_refunded === 500 ? response.data : undefined
      }, "charge.refunded applied")
      expect(afterRefund).toEqual(expect.objectContaining({ fee_kept: 103, application_fee_refunded: 0 }))

      // Every payment event went through the plugin's one pipeline and was processed without error.
      const events = await waitFor(async () => {
        const rows = (await storedEvents(container())).filter((row) => row.related_object_ids.includes(paymentIntentId))
        return rows.length && rows.every((row) => ["processed", "ignored"].includes(row.status)) ? rows : undefined
      }, "the payment events processed")
      const types = events.map((row) => row.type)
      expect(types).toEqual(expect.arrayContaining(["payment_intent.amount_capturable_updated", "payment_intent.succeeded"]))
      expect(events.filter((row) => row.type.startsWith("payment_intent.") && row.type !== "payment_intent.created").every((row) => row.status === "processed")).toBe(true)

      // Medusa's own payment shows the capture and the refund.
      const medusaPayment = await api.get(`/admin/payments/${payment.id}?fields=id,captured_at,*refunds`, as(admin))
      expect(medusaPayment.data.payment.captured_at).toBeTruthy()
      expect(medusaPayment.data.payment.refunds).toHaveLength(1)

      // A second refund of the same amount is a second refund at Stripe, not a replay of the first.
      const again = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, as(admin))
      expect(again.status).toBe(200)
      const refundRequests = await emulatorRequests({ method: "POST", path: "/v1/refunds" })
      expect(refundRequests).toHaveLength(2)
      expect(new Set(refundRequests.map((request) => request.idempotency_key)).size).toBe(2)
      const twice = (await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] })).latest_charge as Stripe.Charge
      expect(twice.amount_refunded).toBe(1000)
    })

    it("should refuse a session for an account that cannot take charges, and a client naming another account", async () => {
      const pending = await onboardedAccount(api, container(), admin.headers, `merchant_pending_${Date.now()}`, { complete: false })
      const shop = await storefront()
      await api.post(`/admin/stripe-connect/accounts/${pending}/sales-channels`, { add: [shop.salesChannelId] }, as(admin))
      const { collectionId } = await cartWithPaymentCollection(shop)
      const before = (await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).length

      const refused = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: PROVIDER_ID }, store(shop))
      expect(refused.status).toBe(401)
      expect(refused.data.code).toBe("account_not_onboarded")

      const other = await onboardedAccount(api, container(), admin.headers, `merchant_other_${Date.now()}`)
      const redirected = await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: PROVIDER_ID, data: { account_id: other } },
        store(shop)
      )
      expect(redirected.status).toBe(400)
      expect(redirected.data.message).toContain("account_id")
      expect((await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).length).toBe(before)
    })

    it("should refuse a cart whose sales channel has no account, even when the storefront names a merchant", async () => {
      const merchant = `merchant_named_${Date.now()}`
      await onboardedAccount(api, container(), admin.headers, merchant)
      const shop = await storefront()
      const { collectionId } = await cartWithPaymentCollection(shop)
      const before = (await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).length
      for (const data of [{ merchant_id: merchant }, undefined]) {
        const refused = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: PROVIDER_ID, data }, store(shop))
        expect(refused.status).toBe(404)
        expect(refused.data.code).toBe("account_not_found")
        expect(refused.data.message).toContain(`sales channel ${shop.salesChannelId}`)
        expect(refused.data.message).toContain("has no connected account")
      }
      expect((await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).length).toBe(before)
    })
  },
})
