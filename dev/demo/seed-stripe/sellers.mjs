import { storeClient, waitUntil } from "./client.mjs"

/**
 * A marketplace order of three sellers (docs/api.md#seller-transfers): three demo merchants' onboarded accounts,
 * one product each in a "Demo Marketplace" sales channel (its own publishable key, shipped from the demo
 * warehouse), and a storefront checkout through the Store API: one platform charge, confirmed at the emulator,
 * the cart completed (the order's seller split is planned), captured by staff through Medusa's admin (one transfer
 * per seller), then part of one seller's items refunded (that seller's transfer reversed by its share).
 */
export const DEMO_SELLERS = [
  { merchant_id: "merchant_hamburg_prints", name: "Hamburg Prints", product: "Harbour print", price: 24, quantity: 2 },
  { merchant_id: "merchant_porto_tiles", name: "Porto Tiles", product: "Azulejo tile", price: 9.5, quantity: 4 },
  { merchant_id: "merchant_bergen_wool", name: "Bergen Wool", product: "Wool socks", price: 14.9, quantity: 1 },
]
const CHANNEL_NAME = "Demo Marketplace"
const BUYER_EMAIL = "marketplace@example.com"
const PROVIDER_ID = "pp_stripe-connect_stripe-connect"
/** What is refunded of the second seller's part (EUR cents): one of its four tiles. */
const SELLER_REFUND = 950

async function sellerAccount(admin, emulator, demo) {
  const found = await admin.get(`/admin/stripe-connect/accounts?merchant_id=${demo.merchant_id}`)
  let accountId = found.data[0]?.account_id
  if (!accountId) {
    const created = await admin.post("/admin/stripe-connect/accounts", {
      merchant_id: demo.merchant_id,
      account_type: "express",
      country: "DE",
      email: `${demo.merchant_id}@example.com`,
      business_type: "company",
      business_profile: { name: demo.name, product_description: `${demo.name}, a demo marketplace seller` },
      capabilities: { card_payments: true, transfers: true },
    })
    accountId = created.account_id
    await emulator.control("POST", `/accounts/${accountId}/complete_onboarding`, {})
  }
  await waitUntil(
    `${demo.name}'s account to be active in the plugin`,
    () => admin.get(`/admin/stripe-connect/accounts/${accountId}`),
    (account) => account.charges_enabled && account.payouts_enabled
  )
  return accountId
}

/** The marketplace channel, its publishable key and the demo warehouse shipping to it (made once). */
async function marketplace(admin) {
  const { sales_channels: channels } = await admin.get(`/admin/sales-channels?name=${encodeURIComponent(CHANNEL_NAME)}`)
  const channel = channels[0] ?? (await admin.post("/admin/sales-channels", { name: CHANNEL_NAME })).sales_channel
  const { stock_locations: locations } = await admin.get(`/admin/stock-locations?fields=id,name,*sales_channels`)
  const warehouse = locations.find((location) => location.name === "Demo Warehouse")
  if (!warehouse) throw new Error("The demo warehouse is missing; run the Medusa seed first")
  if (!(warehouse.sales_channels ?? []).some((linked) => linked.id === channel.id)) {
    await admin.post(`/admin/stock-locations/${warehouse.id}/sales-channels`, { add: [channel.id] })
  }
  const { api_keys: keys } = await admin.get(`/admin/api-keys?type=publishable&limit=100`)
  let key = keys.find((candidate) => candidate.title === CHANNEL_NAME && !candidate.revoked_at)
  if (!key) {
    key = (await admin.post("/admin/api-keys", { title: CHANNEL_NAME, type: "publishable" })).api_key
    await admin.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  }
  return { channelId: channel.id, publishableKey: key.token }
}

async function sellerProduct(admin, channelId, demo, accountId) {
  const { products } = await admin.get(`/admin/products?title=${encodeURIComponent(demo.product)}&fields=id,*variants`)
  let product = products[0]
  if (!product) {
    const { shipping_profiles: profiles } = await admin.get("/admin/shipping-profiles?type=default")
    product = (
      await admin.post("/admin/products", {
        title: demo.product,
        status: "published",
        shipping_profile_id: profiles[0]?.id,
        options: [{ title: "Default", values: ["One"] }],
        variants: [
          { title: "One", options: { Default: "One" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: demo.price }] },
        ],
        sales_channels: [{ id: channelId }],
      })
    ).product
  }
  await admin.post(`/admin/stripe-connect/products/${product.id}/seller`, { account_id: accountId })
  return product.variants[0].id
}

export async function seedSellerOrder({ admin, emulator, baseUrl }) {
  const { orders } = await admin.get(`/admin/orders?q=${encodeURIComponent(BUYER_EMAIL)}&fields=id,email&limit=10`)
  const seeded = orders.find((order) => order.email === BUYER_EMAIL)
  if (seeded) return { order_id: seeded.id }
  const accounts = []
  for (const demo of DEMO_SELLERS) accounts.push(await sellerAccount(admin, emulator, demo))
  const { channelId, publishableKey } = await marketplace(admin)
  const variants = []
  for (const [index, demo] of DEMO_SELLERS.entries()) variants.push(await sellerProduct(admin, channelId, demo, accounts[index]))

  const store = storeClient(baseUrl, publishableKey)
  const { regions } = await store.get("/store/regions?fields=id,name,currency_code")
  const region = regions.find((candidate) => candidate.currency_code === "eur")
  if (!region) throw new Error("No euro region for the marketplace order")
  const address = { first_name: "Marta", last_name: "Buyer", address_1: "Torstr. 1", city: "Berlin", postal_code: "10119", country_code: "de" }
  let { cart } = await store.post("/store/carts", {
    region_id: region.id,
    sales_channel_id: channelId,
    email: BUYER_EMAIL,
    shipping_address: address,
    billing_address: address,
    items: DEMO_SELLERS.map((demo, index) => ({ variant_id: variants[index], quantity: demo.quantity })),
  })
  const { shipping_options: options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
  if (!options.length) throw new Error(`No shipping option for the marketplace cart ${cart.id}`)
  ;({ cart } = await store.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: options[0].id }))
  const { payment_collection: collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  const { payment_collection: withSession } = await store.post(`/store/payment-collections/${collection.id}/payment-sessions`, {
    provider_id: PROVIDER_ID,
  })
  const paymentIntentId = withSession.payment_sessions.find((session) => session.provider_id === PROVIDER_ID).data.id
  await emulator.control("POST", `/payment_intents/${paymentIntentId}/confirm`, { payment_method: "pm_card_visa" })
  const completed = await store.post(`/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`The marketplace cart did not complete: ${JSON.stringify(completed).slice(0, 300)}`)
  const orderId = completed.order.id

  const { order } = await admin.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`)
  await admin.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {})
  const sellersOf = () => admin.get(`/admin/stripe-connect/orders/${orderId}/sellers`)
  await waitUntil(
    "one transfer per marketplace seller",
    sellersOf,
    (listed) => listed.data.length === DEMO_SELLERS.length && listed.data.every((row) => row.status === "transferred")
  )
  await admin.post(`/admin/stripe-connect/orders/${orderId}/sellers/${accounts[1]}/refund`, { amount: SELLER_REFUND })
  return { order_id: orderId }
}
