import { ApiKeyType, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_PUBLISHABLE_KEY_TITLE } from "./constants"
import type { DemoSeedPart } from "./types"

/**
 * The publishable key a storefront sends (`x-publishable-api-key`): it scopes carts and products to the demo's
 * sales channel, the one the Stripe seed links to the onboarded merchant, so the plugin's provider knows whom the
 * customer pays. dev/demo/start.mjs prints it and writes it to .demo/publishable-key.
 */
export const publishableKeyPart: DemoSeedPart = {
  name: "publishable-key",
  run: async (container, state) => {
    if (!state.salesChannelId) {
      return { skipped: "no sales channel" }
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: keys } = await query.graph({
      entity: "api_key",
      fields: ["id", "token", "revoked_at", "sales_channels.id"],
      filters: { title: DEMO_PUBLISHABLE_KEY_TITLE, type: ApiKeyType.PUBLISHABLE },
    })
    let key = keys.find((found) => !found.revoked_at) as
      | { id: string; token: string; sales_channels?: ({ id: string } | null)[] | null }
      | undefined
    if (!key) {
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: DEMO_PUBLISHABLE_KEY_TITLE, type: ApiKeyType.PUBLISHABLE, created_by: state.adminUserId ?? "" }] },
      })
      key = { id: result[0].id, token: result[0].token, sales_channels: [] }
    }
    state.publishableKey = key.token

    const linked = (key.sales_channels ?? []).some((channel) => channel?.id === state.salesChannelId)
    if (!linked) {
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [state.salesChannelId] } })
    }
  },
}
