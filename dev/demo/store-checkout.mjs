// `node dev/demo/store-checkout.mjs`: with the demo running, checks out a cart through Medusa's Store API the way a
// storefront does, paying the demo merchant's connected account through the plugin's provider, and prints the order.
// The card step is the customer's (Stripe.js in a real storefront): here the emulator's control route confirms the
// PaymentIntent with a test card. Then, unless --no-capture, the demo admin captures the payment as staff would in
// the admin, and the plugin's record of it (amount, platform fee, merchant's share) is printed.
// --marketplace checks out one of each product of the "Demo Marketplace" channel instead (three sellers): one charge
// on the platform, and after the capture one transfer per seller, each printed with its part and fee.
// Options: --json (one JSON summary on stdout), --no-capture, --marketplace. Environment: PORT (9000),
// STRIPE_EMULATOR_PORT (12111) or STRIPE_EMULATOR_URL, DEMO_PUBLISHABLE_KEY (default: .demo/publishable-key, or
// .demo/marketplace-publishable-key with --marketplace, written by dev/demo/start.mjs), STRIPE_API_KEY,
// DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD. The README's demo section gives the same flow as curl.
import { readFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const PROVIDER_ID = "pp_stripe-connect_stripe-connect"
const baseUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
const emulatorUrl = process.env.STRIPE_EMULATOR_URL || `http://127.0.0.1:${process.env.STRIPE_EMULATOR_PORT || 12111}`
const stripeKey = process.env.STRIPE_API_KEY || "sk_test_emulator_platform_key"
const asJson = process.argv.includes("--json")
const capture = !process.argv.includes("--no-capture")
const marketplace = process.argv.includes("--marketplace")
const keyFile = marketplace ? "marketplace-publishable-key" : "publishable-key"

const say = (line) => {
  if (!asJson) process.stdout.write(`${line}\n`)
}

async function call(url, { method = "GET", body, headers = {} } = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const json = text ? JSON.parse(text) : {}
  if (!response.ok) {
    throw new Error(`${method} ${url} answered ${response.status}: ${json.message ?? json.error?.message ?? text.slice(0, 300)}`)
  }
  return json
}

async function publishableKey() {
  if (process.env.DEMO_PUBLISHABLE_KEY) return process.env.DEMO_PUBLISHABLE_KEY
  const file = path.join(process.env.DEMO_DIR ? path.resolve(process.env.DEMO_DIR) : path.join(root, ".demo"), keyFile)
  try {
    return (await readFile(file, "utf8")).trim()
  } catch {
    throw new Error(`No publishable key: start the demo (npm run demo writes ${path.relative(root, file)}) or set DEMO_PUBLISHABLE_KEY`)
  }
}

/** The storefront's side: every call carries the publishable key, which picks the demo's sales channel. */
async function checkout(key) {
  const store = (pathname, init = {}) => call(`${baseUrl}${pathname}`, { ...init, headers: { "x-publishable-api-key": key } })

  // A region that offers the plugin's provider, and a product of the key's sales channel.
  const { regions } = await store("/store/regions?fields=id,name,currency_code,*countries")
  let region
  for (const candidate of regions) {
    const { payment_providers: providers } = await store(`/store/payment-providers?region_id=${candidate.id}`)
    if (providers.some((provider) => provider.id === PROVIDER_ID)) {
      region = candidate
      break
    }
  }
  if (!region) throw new Error(`No region offers ${PROVIDER_ID}`)
  const { products } = await store(`/store/products?region_id=${region.id}&fields=id,title,*variants`)
  // One product, or with --marketplace one of each (the marketplace channel sells one product per seller).
  const sold = products.filter((found) => found.variants?.length).slice(0, marketplace ? undefined : 1)
  if (!sold.length) throw new Error("The publishable key's sales channel sells no product")
  say(`region ${region.name} (${region.currency_code}), ${sold.map((product) => `${product.title} ${product.variants[0].title}`).join(", ")}`)

  const items = sold.map((product) => ({ variant_id: product.variants[0].id, quantity: 1 }))
  let { cart } = await store("/store/carts", { method: "POST", body: { region_id: region.id, items } })
  const address = {
    first_name: "Demo",
    last_name: "Shopper",
    address_1: "Torstr. 1",
    city: "Berlin",
    postal_code: "10119",
    country_code: region.countries?.find((country) => country.iso_2 === "de")?.iso_2 ?? region.countries?.[0]?.iso_2,
  }
  ;({ cart } = await store(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { email: "shopper@example.com", shipping_address: address, billing_address: address },
  }))
  const { shipping_options: options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
  if (!options.length) throw new Error(`No shipping option for cart ${cart.id}`)
  ;({ cart } = await store(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: options[0].id } }))
  say(`cart ${cart.id}: total ${cart.total} ${cart.currency_code}, shipping ${options[0].name}`)

  const { payment_collection: collection } = await store("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
  const { payment_collection: withSession } = await store(`/store/payment-collections/${collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: PROVIDER_ID },
  })
  const session = withSession.payment_sessions.find((found) => found.provider_id === PROVIDER_ID)
  const paymentIntentId = session.data.id
  say(`payment session ${session.id}: PaymentIntent ${paymentIntentId}`)

  // The customer's card step (stripe.confirmPayment with client_secret in a browser), played by the emulator.
  await call(`${emulatorUrl}/_emulator/payment_intents/${paymentIntentId}/confirm`, { method: "POST", body: { payment_method: "pm_card_visa" } })
  const completed = await store(`/store/carts/${cart.id}/complete`, { method: "POST", body: {} })
  if (completed.type !== "order") throw new Error(`The cart did not complete: ${JSON.stringify(completed.error ?? completed).slice(0, 300)}`)
  return { order: completed.order, paymentIntentId }
}

/** What Stripe holds: the destination charge's amount, the platform's fee and the connected account it pays. */
async function stripeIntent(paymentIntentId) {
  return call(`${emulatorUrl}/v1/payment_intents/${paymentIntentId}`, { headers: { authorization: `Bearer ${stripeKey}` } })
}

/** Staff's side: capture the order's payment in the admin, then read the plugin's record once its webhook is in. */
async function captureAsStaff(orderId) {
  const { token } = await call(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    body: { email: process.env.DEMO_ADMIN_EMAIL || "admin@example.com", password: process.env.DEMO_ADMIN_PASSWORD || "supersecret" },
  })
  const admin = (pathname, init = {}) => call(`${baseUrl}${pathname}`, { ...init, headers: { authorization: `Bearer ${token}` } })
  const { order } = await admin(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`)
  const payment = order.payment_collections[0].payments[0]
  await admin(`/admin/payments/${payment.id}/capture`, { method: "POST", body: {} })
  const stored = await waitFor(`the plugin's record of the capture of order ${orderId}`, async () => {
    const { data } = await admin(`/admin/orders/${orderId}/stripe-payments`)
    return data[0]?.status === "succeeded" ? data[0] : null
  })
  const sellers = marketplace
    ? await waitFor(`one transfer per seller of order ${orderId}`, async () => {
        const { data } = await admin(`/admin/stripe-connect/orders/${orderId}/sellers?limit=100`)
        return data.length && data.every((seller) => seller.status === "transferred") ? data : null
      })
    : []
  return { stored, sellers }
}

/** Polls `read` every 500 ms until it answers something, for at most 60 s (the plugin's webhook pipeline). */
async function waitFor(what, read) {
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    const found = await read()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`No ${what} within 60 s (its webhook pipeline; see .demo/logs/medusa.log)`)
}

const { order, paymentIntentId } = await checkout(await publishableKey())
const intent = await stripeIntent(paymentIntentId)
say(`order ${order.id} (#${order.display_id}): ${order.total} ${order.currency_code}, ${order.email}`)
say(
  marketplace
    ? `  Stripe: ${intent.id} ${intent.status}, ${intent.amount} ${intent.currency} (minor units) on the platform, transfer group ${intent.transfer_group}`
    : `  Stripe: ${intent.id} ${intent.status}, ${intent.amount} ${intent.currency} (minor units) to ${intent.transfer_data?.destination}, platform fee ${intent.application_fee_amount}`
)
const { stored, sellers } = capture ? await captureAsStaff(order.id) : { stored: null, sellers: [] }
if (stored && !marketplace) {
  say(
    `  captured: ${stored.amount_captured}, platform fee ${stored.application_fee_collected}, merchant ${stored.account_id} gets ${stored.destination_amount}`
  )
}
if (stored && marketplace) say(`  captured: ${stored.amount_captured}`)
for (const seller of sellers) {
  say(
    `  seller ${seller.merchant_id} (${seller.account_id}): part ${seller.charged_amount}, platform fee ${seller.fee_amount}, transfer ${seller.transfer_amount} (${seller.transfer_id})`
  )
}
if (asJson) {
  process.stdout.write(
    `${JSON.stringify({
      order_id: order.id,
      display_id: order.display_id,
      total: order.total,
      currency_code: order.currency_code,
      payment_intent: {
        id: intent.id,
        status: intent.status,
        amount: intent.amount,
        application_fee_amount: intent.application_fee_amount,
        destination: intent.transfer_data?.destination ?? null,
        transfer_group: intent.transfer_group ?? null,
      },
      stripe_payment: stored,
      sellers: sellers.map((seller) => ({
        account_id: seller.account_id,
        merchant_id: seller.merchant_id,
        charged_amount: seller.charged_amount,
        fee_amount: seller.fee_amount,
        transfer_amount: seller.transfer_amount,
        transfer_id: seller.transfer_id,
      })),
    })}\n`
  )
} else {
  say(order.id)
}
