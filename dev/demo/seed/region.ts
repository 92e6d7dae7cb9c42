import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_REGION_NAME } from "./constants"
import type { DemoSeedPart } from "./types"

/** A euro region with a few countries and the system payment provider; the store accepts eur and usd. */
export const regionPart: DemoSeedPart = {
  name: "region",
  run: async (container, state) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["id", "supported_currencies.currency_code"],
    })
    const store = stores[0]
    const supported: ({ currency_code?: string } | null)[] = store?.supported_currencies ?? []
    const currencies = supported.map((currency) => currency?.currency_code)
    if (store && !(currencies.includes("eur") && currencies.includes("usd"))) {
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: store.id },
          update: {
            supported_currencies: [
              { currency_code: "eur", is_default: true },
              { currency_code: "usd" },
            ],
          },
        },
      })
    }

    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id"],
      filters: { name: DEMO_REGION_NAME },
    })
    if (regions.length) {
      state.regionId = regions[0].id
      return
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_REGION_NAME,
            currency_code: "eur",
            countries: ["de", "fr", "nl", "es", "it"],
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    })
    state.regionId = result[0].id
  },
}
