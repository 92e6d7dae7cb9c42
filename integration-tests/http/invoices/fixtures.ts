import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createOrderWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type OrderTotals = { id: string; display_id: number; total: number; tax_total: number; discount_total: number; shipping_total: number }

/** A region in USD for the US with a 10 % default tax rate, a sales channel and the promotion SAVE5 (5 USD off). */
export async function seedStore(container: MedusaContainer) {
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"] }] },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "us", provider_id: "tp_system", default_tax_rate: { rate: 10, code: "std", name: "Standard" } }],
  })
  const { result: channels } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Web" }] } })
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: "SAVE5",
          type: "standard",
          status: "active",
          application_method: { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "usd" },
        },
      ],
    },
  })
  return { regionId: regions[0].id, salesChannelId: channels[0].id }
}

/**
 * An order made with Medusa's own workflow: two lines (2 x 19.99 and 1 x 8.50), shipping 4.95, the SAVE5
 * promotion and the region's 10 % tax.
 */
export async function createTestOrder(
  container: MedusaContainer,
  store: { regionId: string; salesChannelId: string },
  options: { email?: string; promo?: boolean } = {}
): Promise<OrderTotals> {
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: store.regionId,
      sales_channel_id: store.salesChannelId,
      email: options.email ?? "buyer@example.com",
      currency_code: "usd",
      shipping_address: { first_name: "Ada", last_name: "Buyer", address_1: "1 Main St", city: "Austin", country_code: "us", postal_code: "78701" },
      items: [
        { title: "Shirt", variant_title: "L", quantity: 2, unit_price: 19.99, requires_shipping: false },
        { title: "Mug", quantity: 1, unit_price: 8.5, requires_shipping: false },
      ],
      shipping_methods: [{ name: "Standard", amount: 4.95 }],
      promo_codes: options.promo === false ? [] : ["SAVE5"],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "total", "tax_total", "discount_total", "shipping_total"],
    filters: { id: result.id },
  })
  const order = data[0] as unknown as Record<string, unknown>
  const num = (value: unknown) => Number(value)
  return {
    id: String(order.id),
    display_id: num(order.display_id),
    total: num(order.total),
    tax_total: num(order.tax_total),
    discount_total: num(order.discount_total),
    shipping_total: num(order.shipping_total),
  }
}
