import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCT_HANDLE, DEMO_STOCK_PER_VARIANT } from "./constants"
import type { DemoSeedPart } from "./types"

type DemoVariant = {
  manage_inventory: boolean
  inventory_items?: ({ inventory_item_id: string; inventory?: { location_levels?: ({ location_id: string } | null)[] | null } | null } | null)[] | null
}

/**
 * Stock of the demo product at the demo warehouse, so a storefront cart reserves it when it completes. A variant
 * of an older seed that does not manage inventory needs none and is left alone.
 */
export const inventoryPart: DemoSeedPart = {
  name: "inventory",
  run: async (container, state) => {
    if (!state.stockLocationId || !state.productId) {
      return { skipped: "no stock location or product" }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: [
        "variants.manage_inventory",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.location_id",
      ],
      filters: { handle: DEMO_PRODUCT_HANDLE },
    })
    const variants = (products[0]?.variants ?? []) as DemoVariant[]
    const locationId = state.stockLocationId
    const stockedHere = (levels: ({ location_id: string } | null)[]) => levels.some((level) => level?.location_id === locationId)
    const missing = variants
      .filter((variant) => variant.manage_inventory)
      .flatMap((variant) => variant.inventory_items ?? [])
      .flatMap((item) => (item && !stockedHere(item.inventory?.location_levels ?? []) ? [item.inventory_item_id] : []))
      .map((inventory_item_id) => ({ inventory_item_id, location_id: locationId, stocked_quantity: DEMO_STOCK_PER_VARIANT }))
    if (missing.length) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: missing } })
    }
  },
}
