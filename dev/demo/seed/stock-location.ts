import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_STOCK_LOCATION_NAME } from "./constants"
import type { DemoSeedPart } from "./types"

/** A warehouse that serves the demo's sales channel. */
export const stockLocationPart: DemoSeedPart = {
  name: "stock-location",
  run: async (container, state) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: ["id", "sales_channels.id"],
      filters: { name: DEMO_STOCK_LOCATION_NAME },
    })
    let location = locations[0] as { id: string; sales_channels?: ({ id: string } | null)[] | null } | undefined
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            { name: DEMO_STOCK_LOCATION_NAME, address: { address_1: "Demo Street 1", city: "Berlin", country_code: "DE" } },
          ],
        },
      })
      location = { id: result[0].id, sales_channels: [] }
    }
    state.stockLocationId = location.id

    const linked = (location.sales_channels ?? []).some((channel) => channel?.id === state.salesChannelId)
    if (state.salesChannelId && !linked) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [state.salesChannelId] },
      })
    }
  },
}
