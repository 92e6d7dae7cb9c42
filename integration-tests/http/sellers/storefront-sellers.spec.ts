import type Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorStripe, storedEvents, waitFor, webhookSpecSetup } from "../webhooks/helpers"
import { onboardedAccount } from "../payments/helpers"
import { EMPTY_FEE_CONFIGURATION } from "../../../src/modules/stripe-connect/fees"
import { toMajorUnits, toMinorUnits } from "../../../src/modules/stripe-connect/money"
import {
  allocateCharge,
  allocateRefund,
  type ChargeAllocation,
} from "../../../src/modules/stripe-connect/sellers/allocation"
import { orderSellerSplit, type OrderSplitTotals } from "../../../src/workflows/sellers/utils/order-seller-split"

jest.setTimeout(900_000)

// The storefront flow of a multi-seller cart (docs/api.md#seller-transfers), with Stripe's events reaching the app
// through webhook endpoints at the emulator: Store API cart -> payment session -> confirmation at Stripe -> cart
// completion (the order's seller split is planned) -> capture from Medusa's admin -> one transfer per seller.
webhookSpecSetup()
const PROVIDER_ID = "pp_stripe-connect_stripe-connect"
const FEE_PERCENT = 10

type Market = {
  currency: string
  country: string
  regionId: string
  salesChannelId: string
  publishableKey: string
  shippingOptionId: string
  shippingProfileId: string
}
type Product = { productId: string; variantId: string; seller: string }
type Line = { product: Product; quantity: number }
type Checkout = { cartId: string; orderId: string; paymentId: string; paymentIntentId: string }
type SellerItem = { id: string; product_id: string; product_title: string; variant_title: string; quantity: number; amount: number; tax_amount: number }
type SellerItemsRow = { account_id: string; currency: string; items_amount: number; items: SellerItem[] }
type MedusaLine = { id: string; product_id: string; product_title: string; variant_title: string; total: number; tax_total: number }

/** A deterministic PRNG (mulberry32), so a failing random cart can be replayed from the printed seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const store = (market: Market) => ({
      headers: { "x-publishable-api-key": market.publishableKey },
      validateStatus: () => true,
    })
    const stripe = () => emulatorStripe()
    /** Asserts a 200, with the call and the answer's body in the failure message. */
    const ok = (what: string, response: { status: number; data: unknown }) =>
      expect([what, response.status, response.status === 200 ? null : response.data]).toEqual([what, 200, null])

    /** Shipping from one warehouse to the markets' countries, through Medusa's manual fulfillment provider. */
    async function warehouse(countries: string[]): Promise<{ locationId: string; zoneId: string; profileId: string }> {
      const {
        result: [location],
      } = await createStockLocationsWorkflow(container()).run({
        input: { locations: [{ name: `Warehouse ${Date.now()}`, address: { address_1: "1 Dock", country_code: "DE" } }] },
      })
      const fulfillment = container().resolve(Modules.FULFILLMENT)
      const set = await fulfillment.createFulfillmentSets({
        name: `Shipping ${Date.now()}`,
        type: "shipping",
        service_zones: [{ name: "World", geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })) }],
      })
      await createLinksWorkflow(container()).run({
        input: [
          { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
          { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
        ],
      })
      const {
        result: [profile],
      } = await createShippingProfilesWorkflow(container()).run({
        input: { data: [{ name: `Parcels ${Date.now()}`, type: "default" }] },
      })
      return { locationId: location.id, zoneId: set.service_zones[0].id, profileId: profile.id }
    }

    /**
     * A region in `currency` for `country` paying through the provider (with `taxRate` % tax when given), a sales
     * channel with a publishable key stocked from the warehouse, and a flat shipping option at `shipping`.
     */
    async function market(
      where: { locationId: string; zoneId: string; profileId: string },
      currency: string,
      country: string,
      shipping: number,
      taxRate: number | null
    ): Promise<Market> {
      const {
        result: [salesChannel],
      } = await createSalesChannelsWorkflow(container()).run({
        input: { salesChannelsData: [{ name: `Market ${currency} ${Date.now()}` }] },
      })
      const {
        result: [region],
      } = await createRegionsWorkflow(container()).run({
        input: { regions: [{ name: currency, currency_code: currency, countries: [country], payment_providers: [PROVIDER_ID] }] },
      })
      if (taxRate !== null) {
        await createTaxRegionsWorkflow(container()).run({
          input: [{ country_code: country, provider_id: "tp_system", default_tax_rate: { rate: taxRate, code: "VAT", name: "VAT" } }],
        })
      }
      const {
        result: [key],
      } = await createApiKeysWorkflow(container()).run({
        input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container()).run({ input: { id: key.id, add: [salesChannel.id] } })
      await linkSalesChannelsToStockLocationWorkflow(container()).run({ input: { id: where.locationId, add: [salesChannel.id] } })
      const {
        result: [option],
      } = await createShippingOptionsWorkflow(container()).run({
        input: [
          {
            name: `Standard ${currency}`,
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: where.zoneId,
            shipping_profile_id: where.profileId,
            type: { label: "Standard", description: "2-3 days", code: "standard" },
            prices: [{ currency_code: currency, amount: shipping }],
            rules: [
              { attribute: "enabled_in_store", value: "true", operator: "eq" },
              { attribute: "is_return", value: "false", operator: "eq" },
            ],
          },
        ],
      })
      return {
        currency,
        country,
        regionId: region.id,
        salesChannelId: salesChannel.id,
        publishableKey: key.token,
        shippingOptionId: option.id,
        shippingProfileId: where.profileId,
      }
    }

    /** A product at `price` (major units) in each market's currency, sold by `seller`. */
    async function product(markets: Market[], prices: Record<string, number>, seller: string): Promise<Product> {
      const {
        result: [created],
      } = await createProductsWorkflow(container()).run({
        input: {
          products: [
            {
              title: `Item ${Math.random().toString(36).slice(2, 8)}`,
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: markets[0].shippingProfileId,
              options: [{ title: "Size", values: ["M"] }],
              variants: [
                {
                  title: "M",
                  options: { Size: "M" },
                  manage_inventory: false,
                  prices: Object.entries(prices).map(([currency_code, amount]) => ({ amount, currency_code })),
                },
              ],
              sales_channels: markets.map((where) => ({ id: where.salesChannelId })),
            },
          ],
        },
      })
      const set = await api.post(`/admin/stripe-connect/products/${created.id}/seller`, { account_id: seller }, as(admin))
      expect(set.status).toBe(200)
      return { productId: created.id, variantId: created.variants[0].id, seller }
    }

    /**
     * The whole storefront checkout of `lines` (with `promoCodes` applied), up to the order; the customer confirms
     * at (emulated) Stripe. The cart is created with its items in one call.
     */
    async function checkout(where: Market, lines: Line[], promoCodes: string[] = [], email = "buyer@example.com"): Promise<Checkout> {
      const created = await api.post(
        "/store/carts",
        {
          region_id: where.regionId,
          sales_channel_id: where.salesChannelId,
          email,
          shipping_address: { first_name: "Ada", last_name: "Buyer", address_1: "1 Road", city: "Town", postal_code: "10000", country_code: where.country },
          items: lines.map((line) => ({ variant_id: line.product.variantId, quantity: line.quantity })),
        },
        store(where)
      )
      ok("create cart", created)
      const cartId: string = created.data.cart.id
      const shipped = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: where.shippingOptionId }, store(where))
      ok("shipping method", shipped)
      if (promoCodes.length) {
        // After the shipping method: a code for shipping applies only to a cart that has one.
        ok("promotions", await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: promoCodes }, store(where)))
      }
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store(where))
      ok("payment collection", collection)
      const session = await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: PROVIDER_ID },
        store(where)
      )
      ok("payment session", session)
      const paymentIntentId: string = session.data.payment_collection.payment_sessions[0].data.id
      await emulator("POST", `/payment_intents/${paymentIntentId}/confirm`, { payment_method: "pm_card_visa" })
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, store(where))
      ok("complete cart", completed)
      expect(completed.data.type).toBe("order")
      const orderId: string = completed.data.order.id
      const order = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`, as(admin))
      return { cartId, orderId, paymentId: order.data.order.payment_collections[0].payments[0].id, paymentIntentId }
    }

    /** The order's totals as Medusa computed them. */
    async function orderTotals(orderId: string): Promise<OrderSplitTotals> {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["currency_code", "total", "shipping_total", "shipping_tax_total", "items.product_id", "items.total", "items.tax_total"],
        filters: { id: orderId },
      })
      return data[0] as OrderSplitTotals
    }

    /**
     * Asserts each seller row's `items`: exactly the lines of `lines` sold by that row's account, with Medusa's line
     * id, titles and quantity, each amount within one cent of the line's own (total − tax), and the row's lines
     * adding up to its `items_amount`.
     */
    async function expectSellerItems(orderId: string, rows: SellerItemsRow[], lines: Line[]): Promise<void> {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["total", "items.id", "items.product_id", "items.product_title", "items.variant_title", "items.total", "items.tax_total"],
        filters: { id: orderId },
      })
      const medusaLines = (data[0] as { items: MedusaLine[] }).items
      for (const row of rows) {
        const sold = lines.filter((line) => line.product.seller === row.account_id)
        const byProduct = [...row.items].sort((a, b) => a.product_id.localeCompare(b.product_id))
        expect([row.account_id, byProduct.map((item) => [item.product_id, item.quantity])]).toEqual([
          row.account_id,
          sold.map((line) => [line.product.productId, line.quantity]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        ])
        for (const item of row.items) {
          const medusa = medusaLines.find((line) => line.product_id === item.product_id) as MedusaLine
          expect(item).toMatchObject({ id: medusa.id, product_title: medusa.product_title, variant_title: "M" })
          const own = toMinorUnits(medusa.total, row.currency) - toMinorUnits(medusa.tax_total, row.currency)
          expect(Math.abs(item.amount - own)).toBeLessThanOrEqual(1)
          expect(Math.abs(item.tax_amount - toMinorUnits(medusa.tax_total, row.currency))).toBeLessThanOrEqual(1)
        }
        expect(row.items.reduce((acc, item) => acc + item.amount, 0)).toBe(row.items_amount)
      }
    }

    /** What the pure allocation says the order's sellers get of `captured`, with the spec's flat fee. */
    async function expectedAllocation(orderId: string, products: Product[], captured: number): Promise<ChargeAllocation> {
      const totals = await orderTotals(orderId)
      const { split } = orderSellerSplit(totals, new Map(products.map((item) => [item.productId, item.seller])))
      const merchants = await merchantsOf(products.map((item) => item.seller))
      return allocateCharge({
        currency: split.currency,
        captured_amount: captured,
        shipping_amount: split.shipping_amount,
        shipping_tax_amount: split.shipping_tax_amount,
        discount_amount: split.discount_amount,
        sellers: split.sellers.map((seller) => ({
          ...seller,
          merchant_id: merchants.get(seller.account_id) ?? null,
          fee: { configuration: { ...EMPTY_FEE_CONFIGURATION, default_fee_percent: FEE_PERCENT } },
        })),
      })
    }

    const merchantOfAccount = new Map<string, string>()
    async function merchantsOf(accounts: string[]): Promise<Map<string, string>> {
      return new Map(accounts.map((account) => [account, merchantOfAccount.get(account) ?? ""]))
    }

    async function seller(merchantId: string): Promise<string> {
      const account = await onboardedAccount(api, container(), admin.headers, merchantId)
      merchantOfAccount.set(account, merchantId)
      return account
    }

    async function capture(paymentId: string): Promise<void> {
      const captured = await api.post(`/admin/payments/${paymentId}/capture`, {}, as(admin))
      expect(captured.status).toBe(200)
    }

    /** The transfers of a transfer group at the emulator once there are `count` of them, by destination. */
    async function transfersOf(done: Checkout, count: number): Promise<Map<string, Stripe.Transfer>> {
      const made = await waitFor(async () => {
        const list = (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
        return list.length >= count ? list : undefined
      }, `${count} transfers in ${done.cartId}`).catch(async (error) => {
        // Say what the split records hold, so a failing cart explains itself.
        const rows = await api.get(`/admin/stripe-connect/orders/${done.orderId}/sellers`, as(admin))
        const events = (await storedEvents(container()))
          .filter((row) => row.related_object_ids.includes(done.paymentIntentId))
          .map((row) => ({ type: row.type, status: row.status, attempts: row.attempts, error: row.last_error }))
        throw new Error(`${String(error)}; events: ${JSON.stringify(events)}; seller rows: ${JSON.stringify(rows.data)}`)
      })
      return new Map(made.map((transfer) => [String(transfer.destination), transfer]))
    }

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: FEE_PERCENT, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] },
        as(admin)
      )
    })

    it("should pay three sellers of a storefront order one transfer each after the admin capture, and reverse a refund by share", async () => {
      const sellers = [await seller("merchant_north"), await seller("merchant_east"), await seller("merchant_south")]
      const eur = await market(await warehouse(["de"]), "eur", "de", 4.95, 19)
      const products = [
        await product([eur], { eur: 19.99 }, sellers[0]),
        await product([eur], { eur: 7.5 }, sellers[1]),
        await product([eur], { eur: 3.33 }, sellers[2]),
        await product([eur], { eur: 12 }, sellers[0]),
      ]
      const lines = [
        { product: products[0], quantity: 1 },
        { product: products[1], quantity: 3 },
        { product: products[2], quantity: 5 },
        { product: products[3], quantity: 2 },
      ]
      const done = await checkout(eur, lines)

      // Completing the cart planned the split: one row per seller, nothing transferred before the capture.
      const planned = await api.get(`/admin/stripe-connect/orders/${done.orderId}/sellers`, as(admin))
      expect(planned.status).toBe(200)
      expect(planned.data.data.map((row: { status: string }) => row.status)).toEqual(["planned", "planned", "planned"])
      expect((await stripe().transfers.list({ transfer_group: done.cartId })).data).toHaveLength(0)
      // Each seller lists its own lines, whose amounts add up to its items amount as the split recorded it.
      await expectSellerItems(done.orderId, planned.data.data, lines)

      await capture(done.paymentId)
      const intent = await stripe().paymentIntents.retrieve(done.paymentIntentId)
      const totals = await orderTotals(done.orderId)
      expect(intent.amount_received).toBe(toMinorUnits(totals.total, "eur"))
      expect(intent.transfer_data).toBeNull()
      const charge = String(intent.latest_charge)

      const made = await transfersOf(done, 3)
      expect(made.size).toBe(3)
      const expected = await expectedAllocation(done.orderId, products, intent.amount_received)
      for (const part of expected.sellers) {
        expect(made.get(part.account_id)).toMatchObject({
          amount: part.transfer_amount,
          currency: "eur",
          source_transaction: charge,
          transfer_group: done.cartId,
          metadata: expect.objectContaining({ order_id: done.orderId, payment_intent_id: done.paymentIntentId }),
        })
      }
      const paid = [...made.values()].reduce((acc, transfer) => acc + transfer.amount, 0)
      expect(paid + expected.fee_total + expected.tax_kept_total).toBe(intent.amount_received)

      // The platform charge is one of the plugin's payments, for the order, with no single account.
      const stored = await waitFor(async () => {
        const response = await api.get(`/admin/orders/${done.orderId}/stripe-payments`, as(admin))
        const row = response.data.data?.[0]
        return row?.status === "succeeded" ? row : undefined
      }, "the stored platform payment")
      expect(stored).toMatchObject({
        payment_intent_id: done.paymentIntentId,
        account_id: null,
        split: "separate_charges",
        source: "storefront",
        order_id: done.orderId,
        amount_captured: intent.amount_received,
      })
      const listed = await api.get(`/admin/stripe-connect/payments?limit=100`, as(admin))
      expect(listed.data.data.map((row: { payment_intent_id: string }) => row.payment_intent_id)).toContain(done.paymentIntentId)

      // A partial refund through Medusa's admin: each transfer reversed by its seller's share.
      const refunded = await api.post(`/admin/payments/${done.paymentId}/refund`, { amount: 10 }, as(admin))
      expect(refunded.status).toBe(200)
      const shares = allocateRefund(
        expected.sellers.map((part) => ({
          account_id: part.account_id,
          charged_amount: part.charged_amount,
          transfer_amount: part.transfer_amount,
          fee_amount: part.fee_amount,
          tax_kept_amount: part.tax_kept_amount,
          refunded_amount: 0,
        })),
        { amount: 1000 }
      )
      const reversed = await waitFor(async () => {
        const list = (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
        const total = list.reduce((acc, transfer) => acc + transfer.amount_reversed, 0)
        return total > 0 ? new Map(list.map((transfer) => [String(transfer.destination), transfer])) : undefined
      }, "the reversals of the refund")
      for (const share of shares) {
        expect(reversed.get(share.account_id)?.amount_reversed).toBe(share.reversal_amount)
      }

      // A merchant-scoped role sees its own seller row only, and the platform payment since it sells in it.
      const east = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_east"] }] })
      const own = await api.get(`/admin/stripe-connect/orders/${done.orderId}/sellers`, as(east))
      expect(own.status).toBe(200)
      expect(own.data.data.map((row: { account_id: string }) => row.account_id)).toEqual([sellers[1]])
      const ownPayment = await api.get(`/admin/stripe-connect/payments/${done.paymentIntentId}`, as(east))
      expect(ownPayment.status).toBe(200)
      const stranger = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_west"] }] })
      expect((await api.get(`/admin/stripe-connect/payments/${done.paymentIntentId}`, as(stranger))).status).toBe(404)
      const strangerList = await api.get(`/admin/stripe-connect/payments?limit=100`, as(stranger))
      expect(strangerList.data.data).toEqual([])
    })

    it("should show a seller's merchant staff only its own part of a three-seller order, and others nothing", async () => {
      const sellers = [await seller("merchant_alpha"), await seller("merchant_beta"), await seller("merchant_gamma")]
      const usd = await market(await warehouse(["us"]), "usd", "us", 5, null)
      const products = [
        await product([usd], { usd: 12.5 }, sellers[0]),
        await product([usd], { usd: 8 }, sellers[1]),
        await product([usd], { usd: 3.99 }, sellers[2]),
      ]
      const done = await checkout(usd, products.map((item) => ({ product: item, quantity: 2 })), [], "staff-view@example.com")
      await capture(done.paymentId)
      await transfersOf(done, 3)
      await waitFor(async () => {
        const response = await api.get(`/admin/orders/${done.orderId}/stripe-payments`, as(admin))
        return response.data.data?.[0]?.status === "succeeded"
      }, "the stored platform payment")

      const beta = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_beta"] }] })
      const rows = await api.get(`/admin/stripe-connect/orders/${done.orderId}/sellers`, as(beta))
      ok("beta's seller rows", rows)
      expect(rows.data.data.map((row: { account_id: string }) => row.account_id)).toEqual([sellers[1]])
      expect(rows.data.count).toBe(1)
      // Beta's row carries beta's line only: none of the other sellers' items.
      expect(rows.data.data[0].items.map((item: SellerItem) => [item.product_id, item.quantity])).toEqual([[products[1].productId, 2]])
      await expectSellerItems(done.orderId, rows.data.data, [{ product: products[1], quantity: 2 }])
      const payments = await api.get(`/admin/orders/${done.orderId}/stripe-payments`, as(beta))
      ok("beta's order payments", payments)
      expect(payments.data.data.map((row: { payment_intent_id: string }) => row.payment_intent_id)).toEqual([done.paymentIntentId])
      for (const path of ["stripe-invoices", "stripe-pay-links"]) {
        const listed = await api.get(`/admin/orders/${done.orderId}/${path}`, as(beta))
        ok(`beta's ${path}`, listed)
        expect(listed.data).toMatchObject({ data: [], count: 0 })
      }
      // Another seller's part of the same order is not beta's: refunding it answers as an unknown seller would.
      const other = await api.post(`/admin/stripe-connect/orders/${done.orderId}/sellers/${sellers[0]}/refund`, { amount: 100 }, as(beta))
      expect([other.status, other.data.code]).toEqual([404, "not_found"])
      const unknown = await api.post(`/admin/stripe-connect/orders/${done.orderId}/sellers/acct_nobody/refund`, { amount: 100 }, as(beta))
      expect(unknown.data).toEqual({ ...other.data, message: expect.any(String) })

      // A merchant that sells nothing in the order sees none of it, exactly as an unknown order.
      const delta = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_delta"] }] })
      for (const path of [
        `/admin/stripe-connect/orders/${done.orderId}/sellers`,
        `/admin/orders/${done.orderId}/stripe-payments`,
        `/admin/orders/${done.orderId}/stripe-invoices`,
        `/admin/orders/${done.orderId}/stripe-pay-links`,
      ]) {
        const answer = await api.get(path, as(delta))
        expect([path, answer.status, answer.data.code]).toEqual([path, 404, "not_found"])
      }
    })

    it("should let a seller's merchant staff fulfil only its own items through Medusa's fulfilment route, and an unlimited admin any", async () => {
      const sellers = [await seller("merchant_ship_a"), await seller("merchant_ship_b")]
      const usd = await market(await warehouse(["us"]), "usd", "us", 5, null)
      const products = [await product([usd], { usd: 10 }, sellers[0]), await product([usd], { usd: 20 }, sellers[1])]
      const done = await checkout(usd, products.map((item) => ({ product: item, quantity: 1 })), [], "fulfil@example.com")
      const read = async () => {
        const response = await api.get(`/admin/orders/${done.orderId}?fields=id,*items,*fulfillments,*fulfillments.items`, as(admin))
        ok("the order", response)
        return response.data.order as {
          items: { id: string; product_id: string }[]
          fulfillments: { items: { line_item_id: string }[] }[]
        }
      }
      const before = await read()
      const lineOf = (item: Product) => before.items.find((line) => line.product_id === item.productId)?.id as string
      const [lineA, lineB] = [lineOf(products[0]), lineOf(products[1])]
      const fulfil = (who: TestAdmin, ids: string[]) =>
        api.post(`/admin/orders/${done.orderId}/fulfillments`, { items: ids.map((id) => ({ id, quantity: 1 })) }, as(who))

      const shipA = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff", merchant_ids: ["merchant_ship_a"] }] })
      // Another seller's item, alone or after its own: 404 in the plugin's body naming the item, and nothing fulfilled.
      const foreign = await fulfil(shipA, [lineB])
      expect([foreign.status, foreign.data]).toEqual([
        404,
        { type: "not_found", code: "not_found", param: "items.0.id", message: expect.stringContaining(lineB) },
      ])
      const mixed = await fulfil(shipA, [lineA, lineB])
      expect([mixed.status, mixed.data.code, mixed.data.param]).toEqual([404, "not_found", "items.1.id"])
      // An id that is no line of the order answers as another seller's does.
      const unknown = await fulfil(shipA, ["ordli_nowhere"])
      expect([unknown.status, unknown.data.code, unknown.data.param]).toEqual([404, "not_found", "items.0.id"])
      expect((await read()).fulfillments).toEqual([])

      // Its own item: Medusa creates the fulfilment.
      const own = await fulfil(shipA, [lineA])
      ok("seller A fulfils its own item", own)
      const afterOwn = await read()
      expect(afterOwn.fulfillments.map((made) => made.items.map((item) => item.line_item_id))).toEqual([[lineA]])

      // An admin without a merchant limit fulfils any seller's item, as Medusa does.
      const byAdmin = await fulfil(admin, [lineB])
      ok("the admin fulfils seller B's item", byAdmin)
      const lines = (await read()).fulfillments.flatMap((made) => made.items.map((item) => item.line_item_id))
      expect(lines.sort()).toEqual([lineA, lineB].sort())
    })

    it("should let only its seller's merchant staff fulfil the items of a one-seller order", async () => {
      const only = await seller("merchant_solo")
      const usd = await market(await warehouse(["us"]), "usd", "us", 5, null)
      const item = await product([usd], { usd: 15 }, only)
      const done = await checkout(usd, [{ product: item, quantity: 2 }], [], "solo@example.com")
      const read = async () => {
        const response = await api.get(`/admin/orders/${done.orderId}?fields=id,*items,*fulfillments`, as(admin))
        ok("the order", response)
        return response.data.order as { items: { id: string }[]; fulfillments: { id: string }[] }
      }
      const [line] = (await read()).items
      const fulfil = (who: TestAdmin) =>
        api.post(`/admin/orders/${done.orderId}/fulfillments`, { items: [{ id: line.id, quantity: 2 }] }, as(who))

      const stranger = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff", merchant_ids: ["merchant_solo_other"] }] })
      const refused = await fulfil(stranger)
      expect([refused.status, refused.data.code, refused.data.param]).toEqual([404, "not_found", "items.0.id"])
      expect((await read()).fulfillments).toEqual([])

      const staff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff", merchant_ids: ["merchant_solo"] }] })
      ok("the seller's staff fulfils the order", await fulfil(staff))
      expect((await read()).fulfillments).toHaveLength(1)
    })

    it("should answer a seller refund Stripe refuses or fails with Stripe's message, never a 500; a refusal leaves the seller's row as it was, a failure is made once by the same request's retry", async () => {
      const sellers = [await seller("merchant_refusal_a"), await seller("merchant_refusal_b")]
      const usd = await market(await warehouse(["us"]), "usd", "us", 5, null)
      const products = [await product([usd], { usd: 20 }, sellers[0]), await product([usd], { usd: 30 }, sellers[1])]
      const done = await checkout(usd, products.map((item) => ({ product: item, quantity: 1 })), [], "refusal@example.com")
      await capture(done.paymentId)
      await transfersOf(done, 2)
      const refund = (amount: number) =>
        api.post(`/admin/stripe-connect/orders/${done.orderId}/sellers/${sellers[0]}/refund`, { amount }, as(admin))
      const rowOf = async () => (await sellerRows(done.orderId)).find((row) => row.account_id === sellers[0])
      const before = await rowOf()

      // Stripe refuses the refund (a 400 with its own message): a 4xx carrying that message.
      await emulator("POST", "/faults", { status: 400, count: 1, method: "POST", path: "/v1/refunds" })
      const refused = await refund(500)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      // The emulator's refusal message ("Injected failure."): the answer carries Stripe's own words.
      expect(refused.data.message).toMatch(/^Injected failure\. while trying to refund /)
      expect(await rowOf()).toEqual(before)

      // Stripe keeps failing (500 on every retry): a 502 stripe_error, not a 500. The outcome of a 500 is unknown, so
      // the refund stays recorded as pending (docs/api.md#refund-order-seller) for the same request to complete.
      const chargeRefunded = async () =>
        (await stripe().charges.retrieve(String((await stripe().paymentIntents.retrieve(done.paymentIntentId)).latest_charge)))
          .amount_refunded
      const sameRequest = { ...as(admin), headers: { ...admin.headers, "Idempotency-Key": "seller-refund-failing-1" } }
      const url = `/admin/stripe-connect/orders/${done.orderId}/sellers/${sellers[0]}/refund`
      await emulator("POST", "/faults", { status: 500, count: 10, method: "POST", path: "/v1/refunds" })
      const failed = await api.post(url, { amount: 500 }, sameRequest)
      await emulator("DELETE", "/faults")
      expect([failed.status, failed.data.code]).toEqual([502, "stripe_error"])
      expect(failed.data.message).toMatch(/^Stripe API error .*injected by the emulator/)
      expect(await chargeRefunded()).toBe(0)

      // Its retry goes through, once.
      ok("the seller refund's retry", await api.post(url, { amount: 500 }, sameRequest))
      expect((await rowOf())?.refunded_amount).toBe(500)
      expect(await chargeRefunded()).toBe(500)
    })

    /** A plan of one random cart, decided up front from the seed so that running carts side by side keeps it replayable. */
    type CartPlan = {
      run: number
      market: number
      sellers: string[]
      lines: Line[]
      promoCodes: string[]
      /** Refunds after the capture, in this order: of the order (Medusa's admin) or of one seller's part (the plugin's route), a fraction of what is left. */
      refunds: { kind: "order" | "seller"; seller: number; fraction: number }[]
    }

    type SellerRow = {
      account_id: string
      charged_amount: number
      transfer_amount: number
      refunded_amount: number
      amount_reversed: number
      reversal_owed: number
      transfer_id: string | null
      status: string
    }

    async function sellerRows(orderId: string): Promise<SellerRow[]> {
      const response = await api.get(`/admin/stripe-connect/orders/${orderId}/sellers`, as(admin))
      expect(response.status).toBe(200)
      return response.data.data
    }

    /** The rows once they account for every refund the charge has and owe no reversal. */
    async function settledRows(done: Checkout, chargeId: string): Promise<SellerRow[]> {
      return waitFor(async () => {
        const charge = await stripe().charges.retrieve(chargeId)
        const rows = await sellerRows(done.orderId)
        const refunded = rows.reduce((acc, row) => acc + row.refunded_amount, 0)
        return refunded === charge.amount_refunded && rows.every((row) => row.reversal_owed === 0) ? rows : undefined
      }, `the seller rows of ${done.orderId} to account for the refunds`)
    }

    /** Runs `work` over `items` with at most `width` at a time; the first failure is thrown once all have ended. */
    async function inPool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
      const failures: unknown[] = []
      let next = 0
      const worker = async () => {
        while (next < items.length && failures.length === 0) {
          const item = items[next++]
          await work(item).catch((error: unknown) => {
            failures.push(error)
          })
        }
      }
      await Promise.all(Array.from({ length: width }, worker))
      if (failures.length) {
        throw failures[0]
      }
    }

    it("should split seeded random storefront carts exactly and reverse their refunds by share, as the emulator made them", async () => {
      const count = Number(process.env.STOREFRONT_SELLERS_CARTS ?? 50)
      const seed = Number(process.env.STOREFRONT_SELLERS_SEED ?? 20261207)
      const width = Number(process.env.STOREFRONT_SELLERS_PARALLEL ?? 4)
      const random = prng(seed)
      const pick = (n: number) => Math.floor(random() * n)
      const sellers: string[] = []
      for (let index = 0; index < 6; index++) {
        sellers.push(await seller(`merchant_random_${index}`))
      }
      const where = await warehouse(["de", "us", "jp"])
      const markets = [
        await market(where, "eur", "de", 4.95, 19),
        await market(where, "usd", "us", 7.25, null),
        await market(where, "jpy", "jp", 800, 10),
      ]
      // Promotions the shopper may enter: a share off the items, and half the shipping.
      for (const [code, target_type, value] of [
        ["RANDOM15", "items", 15],
        ["SHIPHALF", "shipping_methods", 50],
      ] as const) {
        const made = await api.post(
          "/admin/promotions",
          { code, type: "standard", status: "active", application_method: { type: "percentage", target_type, allocation: "across", value } },
          as(admin)
        )
        expect([code, made.status]).toEqual([code, 200])
      }
      // Two products per seller, with prices in every currency.
      const catalog: Product[] = []
      for (const account of sellers) {
        for (let index = 0; index < 2; index++) {
          const cents = 99 + pick(9900)
          catalog.push(await product(markets, { eur: cents / 100, usd: (cents + 37) / 100, jpy: 100 + pick(9000) }, account))
        }
      }

      const plans: CartPlan[] = Array.from({ length: count }, (_, run) => {
        const market = pick(markets.length)
        const chosen = [...sellers].sort(() => random() - 0.5).slice(0, 1 + pick(6))
        const lines: Line[] = chosen.flatMap((account) => {
          const own = catalog.filter((item) => item.seller === account)
          const both = random() < 0.4
          return (both ? own : [own[pick(own.length)]]).map((item) => ({ product: item, quantity: 1 + pick(4) }))
        })
        const promoCodes = [["RANDOM15"], ["SHIPHALF"], ["RANDOM15", "SHIPHALF"], [], []][pick(5)]
        const refunds = Array.from({ length: pick(3) }, () => ({
          kind: random() < 0.5 ? ("order" as const) : ("seller" as const),
          seller: pick(6),
          fraction: random(),
        }))
        return { run, market, sellers: chosen, lines, promoCodes, refunds }
      })

      const started = Date.now()
      await inPool(plans, width, async (plan) => {
        const where = markets[plan.market]
        const context = `cart ${plan.run} of seed ${seed} (${where.currency}, ${plan.sellers.length} seller(s), codes ${plan.promoCodes.join("+") || "none"}, refunds ${JSON.stringify(plan.refunds)})`
        try {
          await payAndRefund(plan, where)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          throw new Error(`${context} failed; replay with STOREFRONT_SELLERS_SEED=${seed}: ${message}`)
        }
      })
      // Recorded for the report: how long the carts took on this machine.
      process.stdout.write(`storefront-sellers: ${count} random carts (seed ${seed}, ${width} at a time) in ${Math.round((Date.now() - started) / 1000)} s\n`)
    })

    /** One random cart: checkout, capture, the transfers against the pure allocation, then its refunds in turn. */
    async function payAndRefund(plan: CartPlan, where: Market): Promise<void> {
      // A shopper per cart: carts side by side would race to create the same guest customer.
      const done = await checkout(where, plan.lines, plan.promoCodes, `buyer-${plan.run}@example.com`)
      await capture(done.paymentId)
      const intent = await stripe().paymentIntents.retrieve(done.paymentIntentId)
      const totals = await orderTotals(done.orderId)
      expect(intent.amount_received).toBe(toMinorUnits(totals.total, where.currency))
      if (plan.promoCodes.length) {
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["discount_total"], filters: { id: done.orderId } })
        expect(Number(data[0].discount_total)).toBeGreaterThan(0)
      }
      if (plan.sellers.length === 1) {
        // One seller: a destination charge to it with the platform's fee, no separate transfer.
        expect(intent.transfer_data?.destination).toBe(plan.sellers[0])
        expect(intent.application_fee_amount ?? 0).toBeGreaterThanOrEqual(0)
        expect(intent.application_fee_amount ?? 0).toBeLessThanOrEqual(intent.amount_received)
        return
      }
      const made = await transfersOf(done, plan.sellers.length)
      const expected = await expectedAllocation(done.orderId, plan.lines.map((line) => line.product), intent.amount_received)
      const paid = [...made.values()].reduce((acc, transfer) => acc + transfer.amount, 0)
      expect(made.size).toBe(plan.sellers.length)
      expect(paid + expected.fee_total + expected.tax_kept_total).toBe(intent.amount_received)
      const charge = String(intent.latest_charge)
      for (const part of expected.sellers) {
        expect([part.account_id, made.get(part.account_id)?.amount]).toEqual([part.account_id, part.transfer_amount])
        expect(part.transfer_amount).toBeGreaterThanOrEqual(0)
        expect(made.get(part.account_id)?.source_transaction).toBe(charge)
      }

      for (const refund of plan.refunds) {
        if (refund.kind === "order") {
          const before = await stripe().charges.retrieve(charge)
          const left = before.amount_captured - before.amount_refunded
          if (left <= 0) {
            continue
          }
          const amount = Math.max(1, Math.floor(left * refund.fraction))
          const refunded = await api.post(
            `/admin/payments/${done.paymentId}/refund`,
            { amount: Number(toMajorUnits(amount, where.currency)) },
            as(admin)
          )
          expect([`order refund of ${amount}`, refunded.status, refunded.data.message]).toEqual([`order refund of ${amount}`, 200, undefined])
        } else {
          const rows = await sellerRows(done.orderId)
          const row = rows[refund.seller % rows.length]
          const left = row.charged_amount - row.refunded_amount
          if (left <= 0) {
            continue
          }
          const amount = Math.max(1, Math.floor(left * refund.fraction))
          const refunded = await api.post(
            `/admin/stripe-connect/orders/${done.orderId}/sellers/${row.account_id}/refund`,
            { amount },
            as(admin)
          )
          expect([`seller refund of ${amount}`, refunded.status, refunded.data.message]).toEqual([`seller refund of ${amount}`, 200, undefined])
        }
        await settledRows(done, charge)
      }

      // What the emulator holds after the refunds: no transfer reversed beyond its amount, each reversed as its row says.
      const rows = await settledRows(done, charge)
      const transfers = await transfersOf(done, plan.sellers.length)
      for (const row of rows) {
        const transfer = transfers.get(row.account_id)
        expect(row.refunded_amount).toBeLessThanOrEqual(row.charged_amount)
        expect([row.account_id, transfer?.amount_reversed]).toEqual([row.account_id, row.amount_reversed])
        expect(transfer?.amount_reversed ?? 0).toBeLessThanOrEqual(transfer?.amount ?? 0)
      }
    }
  },
})
