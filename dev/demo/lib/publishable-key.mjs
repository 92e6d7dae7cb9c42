// The demo's publishable keys, read from the admin API once Medusa is up and written to .demo/ for
// dev/demo/store-checkout.mjs and other storefront scripts: the "Demo Store" key (dev/demo/seed/publishable-key.ts;
// one seller, destination charges) and the "Demo Marketplace" key (dev/demo/seed-stripe/sellers.mjs; three sellers,
// one platform charge paid out by a transfer per seller).
import { writeFile } from "node:fs/promises"
import { adminClient } from "../seed-stripe/client.mjs"

/** dev/demo/seed/constants.ts DEMO_PUBLISHABLE_KEY_TITLE */
export const PUBLISHABLE_KEY_TITLE = "Demo Store storefront"
/** dev/demo/seed-stripe/sellers.mjs: the marketplace channel's key carries the channel's name. */
export const MARKETPLACE_KEY_TITLE = "Demo Marketplace"

/**
 * @param {{ baseUrl: string, email: string, password: string, files: { store: string, marketplace: string } }} options
 * @returns {Promise<{ store: string | null, marketplace: string | null }>} each key's token, or null when the seed made none
 */
export async function writePublishableKeys({ baseUrl, email, password, files }) {
  const admin = await adminClient(baseUrl, email, password)
  const tokenOf = async (title, file) => {
    const { api_keys: keys } = await admin.get(
      `/admin/api-keys?type=publishable&title=${encodeURIComponent(title)}&fields=id,token,revoked_at`
    )
    const key = keys.find((found) => !found.revoked_at)
    if (!key) return null
    await writeFile(file, `${key.token}\n`)
    return key.token
  }
  return {
    store: await tokenOf(PUBLISHABLE_KEY_TITLE, files.store),
    marketplace: await tokenOf(MARKETPLACE_KEY_TITLE, files.marketplace),
  }
}
