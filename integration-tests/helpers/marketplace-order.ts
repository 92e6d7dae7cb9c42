/**
 * A multi-seller storefront order made only through HTTP (Medusa's admin and Store APIs) and the emulator's
 * controls, as dev/demo/seed-stripe/sellers.mjs does, so the HTTP specs and the browser specs (whose app runs in
 * another process) can share it: a euro region paying through the plugin's provider, a sales channel with its
 * publishable key, one product per seller (no shipping profile, no inventory: nothing to ship), a Store API cart,
 * a payment session, the customer's confirmation at the emulator, completion, and the capture from Medusa's admin.
 */

export const MARKETPLACE_PROVIDER_ID = "pp_stripe-connect_stripe-connect"

export type Http = {
  /** An admin API call (the caller's credentials are the client's); throws with the answer on a non-2xx. */
  admin: <T>(method: "GET" | "POST", path: string, body?: object) => Promise<T>
  /** A Store API call with the publishable key; throws with the answer on a non-2xx. */
  store: <T>(publishableKey: string, method: "GET" | "POST", path: string, body?: object) => Promise<T>
  /** An emulator control call (`/_emulator<path>`). */
  emulator: (method: "GET" | "POST", path: string, body?: object) => Promise<unknown>
}

export type Marketplace = { regionId: string; salesChannelId: string; publishableKey: string }
export type SellerLine = { accountId: string; title: string; price: number; quantity: number }
export type MarketplaceOrder = { orderId: string; cartId: string; paymentId: string; paymentIntentId: string }

type SellerRow = { account_id: string; status: string }

/** Polls `read` until `done` holds, failing with `what` and the last value. */
async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 60_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await read()
      if (done(value)) return value
      last = value
    } catch (error) {
      last = String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`)
}

/** The euro region, channel and key of the marketplace (`name` tells several apart; the region's country is `country`). */
export async function marketplace(http: Http, name: string, country = "de"): Promise<Marketplace> {
  const { region } = await http.admin<{ region: { id: string } }>("POST", "/admin/regions", {
    name,
    currency_code: "eur",
    countries: [country],
    payment_providers: [MARKETPLACE_PROVIDER_ID],
  })
  const { sales_channel: channel } = await http.admin<{ sales_channel: { id: string } }>(
    "POST",
    "/admin/sales-channels",
    { name }
  )
  const { api_key: key } = await http.admin<{ api_key: { id: string; token: string } }>("POST", "/admin/api-keys", {
    title: name,
    type: "publishable",
  })
  await http.admin("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  return { regionId: region.id, salesChannelId: channel.id, publishableKey: key.token }
}

/** A published product at `price` euros in the marketplace's channel, sold by `accountId`; answers its variant. */
async function sellerVariant(http: Http, market: Marketplace, line: SellerLine): Promise<string> {
  const { product } = await http.admin<{ product: { id: string; variants: { id: string }[] } }>(
    "POST",
    "/admin/products",
    {
      title: line.title,
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [
        {
          title: "One",
          options: { Size: "One" },
          manage_inventory: false,
          prices: [{ currency_code: "eur", amount: line.price }],
        },
      ],
      sales_channels: [{ id: market.salesChannelId }],
    }
  )
  await http.admin("POST", `/admin/stripe-connect/products/${product.id}/seller`, { account_id: line.accountId })
  return product.variants[0].id
}

/**
 * The storefront checkout of `lines` (one product per line) up to the order, paid by one platform charge the
 * customer confirms at the emulator; `beforeComplete` runs between the confirmation and the cart's completion.
 * With the provider's default manual capture the charge is only authorized; with automatic capture it is taken.
 */
export async function marketplaceCheckout(
  http: Http,
  market: Marketplace,
  lines: SellerLine[],
  options: { email?: string; beforeComplete?: (paymentIntentId: string) => Promise<void> } = {}
): Promise<MarketplaceOrder> {
  const variants: string[] = []
  for (const line of lines) variants.push(await sellerVariant(http, market, line))
  const key = market.publishableKey
  const address = {
    first_name: "Marta",
    last_name: "Buyer",
    address_1: "Torstr. 1",
    city: "Berlin",
    postal_code: "10119",
    country_code: "de",
  }
  const { cart } = await http.store<{ cart: { id: string } }>(key, "POST", "/store/carts", {
    region_id: market.regionId,
    sales_channel_id: market.salesChannelId,
    email: options.email ?? "buyer@example.com",
    shipping_address: address,
    billing_address: address,
    items: lines.map((line, index) => ({ variant_id: variants[index], quantity: line.quantity })),
  })
  const { payment_collection: collection } = await http.store<{ payment_collection: { id: string } }>(
    key,
    "POST",
    "/store/payment-collections",
    {
      cart_id: cart.id,
    }
  )
  const { payment_collection: withSession } = await http.store<{
    payment_collection: { payment_sessions: { provider_id: string; data: { id: string } }[] }
  }>(key, "POST", `/store/payment-collections/${collection.id}/payment-sessions`, {
    provider_id: MARKETPLACE_PROVIDER_ID,
  })
  const session = withSession.payment_sessions.find((candidate) => candidate.provider_id === MARKETPLACE_PROVIDER_ID)
  if (!session) throw new Error(`no ${MARKETPLACE_PROVIDER_ID} session for cart ${cart.id}`)
  const paymentIntentId = session.data.id
  await http.emulator("POST", `/payment_intents/${paymentIntentId}/confirm`, { payment_method: "pm_card_visa" })
  await options.beforeComplete?.(paymentIntentId)
  const completed = await http.store<{ type: string; order?: { id: string } }>(
    key,
    "POST",
    `/store/carts/${cart.id}/complete`,
    {}
  )
  if (completed.type !== "order" || !completed.order)
    throw new Error(`cart ${cart.id} did not complete: ${JSON.stringify(completed).slice(0, 300)}`)
  const orderId = completed.order.id

  const { order } = await http.admin<{ order: { payment_collections: { payments: { id: string }[] }[] } }>(
    "GET",
    `/admin/orders/${orderId}?fields=id,*payment_collections.payments`
  )
  return { orderId, cartId: cart.id, paymentId: order.payment_collections[0].payments[0].id, paymentIntentId }
}

/**
 * The storefront order of `lines` (one product per line), paid by one platform charge, captured from Medusa's
 * admin, and each seller transferred its part (the seller rows all `transferred`).
 */
export async function marketplaceOrder(
  http: Http,
  market: Marketplace,
  lines: SellerLine[],
  email = "buyer@example.com"
): Promise<MarketplaceOrder> {
  const done = await marketplaceCheckout(http, market, lines, { email })
  const { orderId, paymentId } = done
  await http.admin("POST", `/admin/payments/${paymentId}/capture`, {})
  await until(
    () => http.admin<{ data: SellerRow[] }>("GET", `/admin/stripe-connect/orders/${orderId}/sellers`),
    (listed) =>
      listed.data.length === new Set(lines.map((line) => line.accountId)).size &&
      listed.data.every((row) => row.status === "transferred"),
    `one transfer per seller of order ${orderId}`
  )
  return done
}
