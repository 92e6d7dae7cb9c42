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
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { readCartSellers } from "../../../src/workflows/sellers/utils/cart-sellers"

jest.setTimeout(240_000)

const PROVIDER_ID = "pp_stripe-connect_stripe-connect"

type Shop = { regionId: string; salesChannelId: string; publishableKey: string }
type Product = { productId: string; variantId: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const store = (shop: Shop) => ({
      headers: { "x-publishable-api-key": shop.publishableKey },
      validateStatus: () => true,
    })

    /** A US region paying through the provider, and a sales channel with a publishable key. */
    async function shop(): Promise<Shop> {
      const {
        result: [salesChannel],
      } = await createSalesChannelsWorkflow(container()).run({
        input: { salesChannelsData: [{ name: `Market ${Date.now()}` }] },
      })
      const {
        result: [region],
      } = await createRegionsWorkflow(container()).run({
        input: { regions: [{ name: "US", currency_code: "usd", countries: ["us"], payment_providers: [PROVIDER_ID] }] },
      })
      const {
        result: [key],
      } = await createApiKeysWorkflow(container()).run({
        input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container()).run({ input: { id: key.id, add: [salesChannel.id] } })
      return { regionId: region.id, salesChannelId: salesChannel.id, publishableKey: key.token }
    }

    /** A product at `price` dollars in the shop's channel, sold by `sellerAccountId` (none when null). */
    async function product(where: Shop, price: number, sellerAccountId: string | null): Promise<Product> {
      const {
        result: [created],
      } = await createProductsWorkflow(container()).run({
        input: {
          products: [
            {
              title: `Item ${Math.random().toString(36).slice(2, 8)}`,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Size", values: ["M"] }],
              variants: [
                {
                  title: "M",
                  options: { Size: "M" },
                  manage_inventory: false,
                  prices: [{ amount: price, currency_code: "usd" }],
                },
              ],
              sales_channels: [{ id: where.salesChannelId }],
            },
          ],
        },
      })
      if (sellerAccountId) {
        const set = await api.post(
          `/admin/stripe-connect/products/${created.id}/seller`,
          { account_id: sellerAccountId },
          as(admin)
        )
        expect(set.status).toBe(200)
      }
      return { productId: created.id, variantId: created.variants[0].id }
    }

    /** A cart created with the first product; the others added through the Store API's line-items route. */
    async function cart(where: Shop, items: Product[]): Promise<string> {
      const created = await api.post(
        "/store/carts",
        {
          region_id: where.regionId,
          sales_channel_id: where.salesChannelId,
          email: "buyer@example.com",
          items: [{ variant_id: items[0].variantId, quantity: 1 }],
        },
        store(where)
      )
      expect(created.status).toBe(200)
      const cartId: string = created.data.cart.id
      for (const item of items.slice(1)) {
        // The shopper's metadata naming a seller changes nothing.
        const added = await api.post(
          `/store/carts/${cartId}/line-items`,
          {
            variant_id: item.variantId,
            quantity: 2,
            metadata: { seller: "acct_shopper", stripe_connect_seller: "acct_shopper" },
          },
          store(where)
        )
        expect(added.status).toBe(200)
      }
      return cartId
    }

    async function paymentSession(where: Shop, cartId: string) {
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store(where))
      expect(collection.status).toBe(200)
      return await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: PROVIDER_ID },
        store(where)
      )
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      await api.put("/admin/stripe-connect/fees", { default_fee_percent: 10, default_fee_fixed: 0 }, as(admin))
    })

    it("should keep the seller a line had when it was added, after the product's seller changes", async () => {
      const first = await onboardedAccount(api, container(), admin.headers, "merchant_first")
      const later = await onboardedAccount(api, container(), admin.headers, "merchant_later")
      const market = await shop()
      const shirt = await product(market, 20, first)
      const hat = await product(market, 5, first)
      const cartId = await cart(market, [shirt, hat])

      expect(await readCartSellers(container(), cartId)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            product_id: shirt.productId,
            stripe_account_id: first,
            merchant_id: "merchant_first",
          }),
          expect.objectContaining({ product_id: hat.productId, stripe_account_id: first }),
        ])
      )
      for (const item of [shirt, hat]) {
        await api.post(`/admin/stripe-connect/products/${item.productId}/seller`, { account_id: later }, as(admin))
      }

      const session = await paymentSession(market, cartId)
      expect(session.status).toBe(200)
      const data = session.data.payment_collection.payment_sessions[0].data
      expect(data.stripe_connect).toEqual(
        expect.objectContaining({
          mode: "destination",
          account_id: first,
          sellers: [
            {
              account_id: first,
              merchant_id: "merchant_first",
              product_ids: expect.arrayContaining([shirt.productId, hat.productId]),
            },
          ],
        })
      )
      const [created] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
      // $20 + 2 x $5 = 3000; 10 % fee.
      expect(created.params).toEqual(
        expect.objectContaining({
          amount: "3000",
          application_fee_amount: "300",
          transfer_data: { destination: first },
          transfer_group: cartId,
        })
      )
    })

    it("should pay a one-seller cart to its seller with a destination charge, not to the sales channel's account", async () => {
      const seller = await onboardedAccount(api, container(), admin.headers, "merchant_seller")
      const channelOwner = await onboardedAccount(api, container(), admin.headers, "merchant_channel")
      const market = await shop()
      await api.post(
        `/admin/stripe-connect/accounts/${channelOwner}/sales-channels`,
        { add: [market.salesChannelId] },
        as(admin)
      )
      const cartId = await cart(market, [await product(market, 12, seller)])

      const session = await paymentSession(market, cartId)
      expect(session.status).toBe(200)
      const intent = await emulatorStripe().paymentIntents.retrieve(
        session.data.payment_collection.payment_sessions[0].data.id
      )
      expect(intent).toEqual(
        expect.objectContaining({
          amount: 1200,
          application_fee_amount: 120,
          transfer_group: cartId,
          transfer_data: expect.objectContaining({ destination: seller }),
        })
      )
    })

    it("should make one platform payment intent for a three-seller cart, grouped by the cart, without transfer_data or fee", async () => {
      const sellers = [
        await onboardedAccount(api, container(), admin.headers, "merchant_one"),
        await onboardedAccount(api, container(), admin.headers, "merchant_two"),
        await onboardedAccount(api, container(), admin.headers, "merchant_three"),
      ]
      const market = await shop()
      const items = [
        await product(market, 10, sellers[0]),
        await product(market, 7, sellers[1]),
        await product(market, 3, sellers[2]),
      ]
      const cartId = await cart(market, items)

      const session = await paymentSession(market, cartId)
      expect(session.status).toBe(200)
      const data = session.data.payment_collection.payment_sessions[0].data
      expect(data.stripe_connect).toEqual({
        mode: "separate_charges",
        currency: "usd",
        amount: 1000 + 2 * 700 + 2 * 300,
        transfer_group: cartId,
        cart_id: cartId,
        sellers: sellers.map((accountId, index) => ({
          account_id: accountId,
          merchant_id: ["merchant_one", "merchant_two", "merchant_three"][index],
          product_ids: [items[index].productId],
        })),
      })

      const intent: Stripe.PaymentIntent = await emulatorStripe().paymentIntents.retrieve(data.id)
      expect(intent.amount).toBe(3000)
      expect(intent.transfer_group).toBe(cartId)
      expect(intent.transfer_data).toBeNull()
      expect(intent.application_fee_amount).toBeNull()
      expect(intent.metadata).toEqual(
        expect.objectContaining({ split: "separate_charges", cart_id: cartId, medusa_plugin: "stripe-connect" })
      )
      const [created] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
      expect(created.params).not.toHaveProperty("transfer_data")
      expect(created.params).not.toHaveProperty("application_fee_amount")
      expect(created.idempotency_key).toBeTruthy()
    })

    it("should refuse a multi-seller cart with a 400 naming the product of a seller who cannot receive transfers", async () => {
      const ready = await onboardedAccount(api, container(), admin.headers, "merchant_ready")
      const pending = await onboardedAccount(api, container(), admin.headers, "merchant_pending")
      const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      const [stored] = await service.listConnectedAccounts({ stripe_account_id: pending })
      await service.updateConnectedAccounts({
        id: stored.id,
        capabilities: { card_payments: "active", transfers: "inactive" },
      })
      const market = await shop()
      const readyItem = await product(market, 10, ready)
      const pendingItem = await product(market, 4, pending)
      const cartId = await cart(market, [readyItem, pendingItem])

      const session = await paymentSession(market, cartId)
      expect(session.status).toBe(400)
      expect(session.data.message).toContain(pendingItem.productId)
      expect(session.data.message).toContain("cannot receive transfers")
      expect(await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).toHaveLength(0)
    })

    it("should fix a seller at payment time for a line added before its product had one", async () => {
      const seller = await onboardedAccount(api, container(), admin.headers, "merchant_late")
      const channelOwner = await onboardedAccount(api, container(), admin.headers, "merchant_channel_late")
      const market = await shop()
      await api.post(
        `/admin/stripe-connect/accounts/${channelOwner}/sales-channels`,
        { add: [market.salesChannelId] },
        as(admin)
      )
      const unsold = await product(market, 8, null)
      const cartId = await cart(market, [unsold])
      expect(await readCartSellers(container(), cartId)).toEqual([])

      await api.post(`/admin/stripe-connect/products/${unsold.productId}/seller`, { account_id: seller }, as(admin))
      const session = await paymentSession(market, cartId)
      expect(session.status).toBe(200)
      expect(session.data.payment_collection.payment_sessions[0].data.stripe_connect.account_id).toBe(seller)
      expect(await readCartSellers(container(), cartId)).toEqual([
        expect.objectContaining({ product_id: unsold.productId, stripe_account_id: seller }),
      ])
    })
  },
})
