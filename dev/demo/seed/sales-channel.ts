import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_SALES_CHANNEL_NAME } from "./constants"
import type { DemoSeedPart } from "./types"

/** The demo's sales channel, made the store's default so the admin's product pages use it. */
export const salesChannelPart: DemoSeedPart = {
  name: "sales-channel",
  run: async (container, state) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: existing } = await query.graph({
      entity: "sales_channel",
      fields: ["id"],
      filters: { name: DEMO_SALES_CHANNEL_NAME },
    })
    let salesChannelId = existing[0]?.id as string | undefined
    if (!salesChannelId) {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: DEMO_SALES_CHANNEL_NAME, description: "Sales channel of the demo" }] },
      })
      salesChannelId = result[0].id
    }
    state.salesChannelId = salesChannelId

    const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
    const store = stores[0]
    if (store && store.default_sales_channel_id !== salesChannelId) {
      await updateStoresWorkflow(container).run({
        input: { selector: { id: store.id }, update: { default_sales_channel_id: salesChannelId } },
      })
    }
  },
}
