import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import {
  createLinksWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  DEMO_COUNTRIES,
  DEMO_FULFILLMENT_PROVIDER_ID,
  DEMO_FULFILLMENT_SET_NAME,
  DEMO_SHIPPING_OPTION_NAME,
} from "./constants"
import type { DemoSeedPart } from "./types"

type DemoLocation = {
  id: string
  fulfillment_providers?: ({ id: string } | null)[] | null
  fulfillment_sets?: ({ id: string; name: string; service_zones?: ({ id: string } | null)[] | null } | null)[] | null
}

/**
 * Shipping from the demo warehouse, which a cart needs before it completes: the manual fulfillment provider and a
 * fulfillment set (one service zone, the region's countries) on the stock location, and a flat "Standard Shipping"
 * option (EUR 4.95) offered in the store for the default shipping profile (Medusa makes it on first start; made
 * here when missing), which the demo product uses. Each piece is looked up first, so running it again adds nothing.
 */
export const shippingPart: DemoSeedPart = {
  name: "shipping",
  run: async (container, state) => {
    if (!state.stockLocationId || !state.regionId) {
      return { skipped: "no stock location or region" }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name", "fulfillment_sets.service_zones.id"],
      filters: { id: state.stockLocationId },
    })
    const location = locations[0] as DemoLocation
    const links: LinkDefinition[] = []

    if (!(location.fulfillment_providers ?? []).some((provider) => provider?.id === DEMO_FULFILLMENT_PROVIDER_ID)) {
      links.push({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: DEMO_FULFILLMENT_PROVIDER_ID },
      })
    }

    let serviceZoneId = (location.fulfillment_sets ?? []).find((set) => set?.name === DEMO_FULFILLMENT_SET_NAME)?.service_zones?.[0]?.id
    if (!serviceZoneId) {
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      const set = await fulfillment.createFulfillmentSets({
        name: DEMO_FULFILLMENT_SET_NAME,
        type: "shipping",
        service_zones: [
          { name: "Europe", geo_zones: DEMO_COUNTRIES.map((country_code) => ({ type: "country" as const, country_code })) },
        ],
      })
      serviceZoneId = set.service_zones[0].id
      links.push({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      })
    }
    if (links.length) {
      await createLinksWorkflow(container).run({ input: links })
    }

    const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
    let shippingProfileId = profiles[0]?.id as string | undefined
    if (!shippingProfileId) {
      const { result } = await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
      shippingProfileId = result[0].id
    }
    state.shippingProfileId = shippingProfileId

    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id"],
      filters: { name: DEMO_SHIPPING_OPTION_NAME, service_zone_id: serviceZoneId },
    })
    if (options.length) {
      return
    }
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: DEMO_SHIPPING_OPTION_NAME,
          price_type: "flat",
          provider_id: DEMO_FULFILLMENT_PROVIDER_ID,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          type: { label: "Standard", description: "Delivered in 2-3 days.", code: "standard" },
          prices: [
            { currency_code: "eur", amount: 4.95 },
            { region_id: state.regionId, amount: 4.95 },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  },
}
