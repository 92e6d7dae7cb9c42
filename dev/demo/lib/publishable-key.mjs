// The demo's publishable key (made by dev/demo/seed/publishable-key.ts), read from the admin API once Medusa is up
// and written to .demo/publishable-key for dev/demo/store-checkout.mjs and other storefront scripts.
import { writeFile } from "node:fs/promises"
import { adminClient } from "../seed-stripe/client.mjs"

/** dev/demo/seed/constants.ts DEMO_PUBLISHABLE_KEY_TITLE */
export const PUBLISHABLE_KEY_TITLE = "Demo Store storefront"

/**
 * @param {{ baseUrl: string, email: string, password: string, file: string }} options
 * @returns {Promise<string | null>} the key's token, or null when the seed made none
 */
export async function writePublishableKey({ baseUrl, email, password, file }) {
  const admin = await adminClient(baseUrl, email, password)
  const { api_keys: keys } = await admin.get(
    `/admin/api-keys?type=publishable&title=${encodeURIComponent(PUBLISHABLE_KEY_TITLE)}&fields=id,token,revoked_at`
  )
  const key = keys.find((found) => !found.revoked_at)
  if (!key) return null
  await writeFile(file, `${key.token}\n`)
  return key.token
}
