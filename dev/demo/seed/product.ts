import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCT_HANDLE } from "./constants"
import type { DemoSeedPart } from "./types"

/**
 * One published product with two variants priced in eur and usd, in the demo's sales channel, its stock kept at
 * the demo warehouse (dev/demo/seed/inventory.ts). Medusa's prices are major units (15 is EUR 15.00); the plugin's
 * own Stripe records use minor units.
 */
export const productPart: DemoSeedPart = {
  name: "product",
  run: async (container, state) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { handle: DEMO_PRODUCT_HANDLE },
    })
    if (products.length) {
      state.productId = products[0].id
      return
    }
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "Demo T-Shirt",
            handle: DEMO_PRODUCT_HANDLE,
            description: "A product to check out with in the demo.",
            status: ProductStatus.PUBLISHED,
            // The profile the demo's shipping option serves (dev/demo/seed/shipping.ts).
            shipping_profile_id: state.shippingProfileId,
            options: [{ title: "Size", values: ["M", "L"] }],
            variants: ["M", "L"].map((size) => ({
              title: size,
              sku: `DEMO-TSHIRT-${size}`,
              options: { Size: size },
              manage_inventory: true,
              prices: [
                { amount: 25, currency_code: "eur" },
                { amount: 28, currency_code: "usd" },
              ],
            })),
            sales_channels: state.salesChannelId ? [{ id: state.salesChannelId }] : [],
          },
        ],
      },
    })
    state.productId = result[0].id
  },
}
