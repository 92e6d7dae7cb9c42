import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRegionsWorkflow, updateRegionsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_COUNTRIES, DEMO_PAYMENT_PROVIDER_ID, DEMO_REGION_NAME } from "./constants"
import type { DemoSeedPart } from "./types"

/**
 * A euro region with a few countries, paid through the plugin's provider (what a storefront checks out with) and
 * the system provider (the seeded orders); the store accepts eur and usd. A region made by an older seed, without
 * the plugin's provider, gets it added.
 */
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
      fields: ["id", "payment_providers.id"],
      filters: { name: DEMO_REGION_NAME },
    })
    const region = regions[0]
    if (region) {
      state.regionId = region.id
      const linked: ({ id?: string } | null)[] = region.payment_providers ?? []
      const providers = linked.flatMap((provider) => (provider?.id ? [provider.id] : []))
      if (!providers.includes(DEMO_PAYMENT_PROVIDER_ID)) {
        await updateRegionsWorkflow(container).run({
          input: { selector: { id: region.id }, update: { payment_providers: [...providers, DEMO_PAYMENT_PROVIDER_ID] } },
        })
      }
      return
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: DEMO_REGION_NAME,
            currency_code: "eur",
            countries: DEMO_COUNTRIES,
            payment_providers: [DEMO_PAYMENT_PROVIDER_ID, "pp_system_default"],
          },
        ],
      },
    })
    state.regionId = result[0].id
  },
}
