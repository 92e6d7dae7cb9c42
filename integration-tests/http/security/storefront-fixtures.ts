import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

export const PROVIDER_ID = "pp_stripe-connect_stripe-connect"

export type Storefront = { regionId: string; salesChannelId: string; variantId: string; publishableKey: string }

type Api = {
  post: (path: string, body: object, config: object) => Promise<{ status: number; data: Record<string, any> }>
}

/**
 * A storefront as a shopper reaches it: a sales channel (with the given id, so plugin options written before the
 * app started can name it), a publishable key for it, a US region paying through the provider, a $25.00 product.
 */
export async function storefront(container: MedusaContainer, salesChannelId?: string): Promise<Storefront> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const channel = await salesChannels.createSalesChannels({
    ...(salesChannelId ? { id: salesChannelId } : {}),
    name: `Shop ${salesChannelId ?? Date.now()}`,
  } as { name: string })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "US", currency_code: "usd", countries: ["us"], payment_providers: [PROVIDER_ID] }] },
  })
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Gift card",
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Value", values: ["25"] }],
          variants: [
            {
              title: "25",
              options: { Value: "25" },
              manage_inventory: false,
              prices: [{ amount: 25, currency_code: "usd" }],
            },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  return {
    regionId: region.id,
    salesChannelId: channel.id,
    variantId: product.variants[0].id,
    publishableKey: key.token,
  }
}

export const asShopper = (shop: Storefront) => ({
  headers: { "x-publishable-api-key": shop.publishableKey },
  validateStatus: () => true,
})

/** A cart with the $25.00 product and its payment collection, made through the Store API. */
export async function paymentCollection(api: Api, shop: Storefront): Promise<{ cartId: string; collectionId: string }> {
  const cart = await api.post(
    "/store/carts",
    {
      region_id: shop.regionId,
      sales_channel_id: shop.salesChannelId,
      email: "buyer@example.com",
      items: [{ variant_id: shop.variantId, quantity: 1 }],
    },
    asShopper(shop)
  )
  if (cart.status !== 200) {
    throw new Error(`creating the cart failed: ${cart.status} ${JSON.stringify(cart.data)}`)
  }
  const collection = await api.post("/store/payment-collections", { cart_id: cart.data.cart.id }, asShopper(shop))
  if (collection.status !== 200) {
    throw new Error(`creating the payment collection failed: ${collection.status} ${JSON.stringify(collection.data)}`)
  }
  return { cartId: cart.data.cart.id, collectionId: collection.data.payment_collection.id }
}

/** Starts a payment session with the plugin's provider, sending `data` as a storefront would. */
export async function startPaymentSession(
  api: Api,
  shop: Storefront,
  collectionId: string,
  data?: Record<string, unknown>
) {
  return await api.post(
    `/store/payment-collections/${collectionId}/payment-sessions`,
    { provider_id: PROVIDER_ID, ...(data ? { data } : {}) },
    asShopper(shop)
  )
}
