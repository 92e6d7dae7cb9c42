import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ORDER_EMAILS } from "./constants"
import type { DemoSeedPart } from "./types"

/**
 * Four orders of the demo store (Medusa's own workflow, euro region), one per customer e-mail. The Stripe seed
 * (dev/demo/seed-stripe/) sends the first an invoice left open, the second an invoice the customer pays, the third
 * a pay link, and takes a destination charge for the fourth.
 */
export const ordersPart: DemoSeedPart = {
  name: "orders",
  run: async (container, state) => {
    if (!state.regionId || !state.salesChannelId) {
      return { skipped: "no region or sales channel" }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const [index, email] of DEMO_ORDER_EMAILS.entries()) {
      const { data: existing } = await query.graph({ entity: "order", fields: ["id"], filters: { email } })
      if (existing.length) {
        continue
      }
      await createOrderWorkflow(container).run({
        input: {
          region_id: state.regionId,
          sales_channel_id: state.salesChannelId,
          email,
          currency_code: "eur",
          shipping_address: { first_name: "Demo", last_name: `Customer ${index + 1}`, address_1: "Hauptstr. 1", city: "Berlin", country_code: "de", postal_code: "10115" },
          items: [
            { title: "Demo T-Shirt", variant_title: index ? "L" : "M", quantity: index + 1, unit_price: 25, requires_shipping: false, product_id: state.productId },
            { title: "Gift wrap", quantity: 1, unit_price: 4.5, requires_shipping: false },
          ],
          shipping_methods: [{ name: "Standard", amount: 4.95 }],
        },
      })
    }
  },
}
