import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MedusaContainer } from "@medusajs/framework/types"

const TTL_MS = 60_000
const MAX_ENTRIES = 10_000

type Entry = { secrets: string[]; expires: number }

const cache = new Map<string, Entry>()

/**
 * The signing secrets of the endpoints registered for a connected account, opened from their sealed form.
 * They are kept in memory for a minute so a burst of deliveries costs one lookup; `fresh` skips the cache (a
 * delivery that no cached secret verifies is retried with the stored ones, so a newly registered endpoint works
 * at once). A deleted endpoint's secret can still verify for up to a minute on an instance that cached it.
 */
export async function accountWebhookSecrets(
  container: MedusaContainer,
  accountId: string,
  options: { fresh?: boolean } = {}
): Promise<string[]> {
  const now = Date.now()
  const cached = cache.get(accountId)
  if (cached && cached.expires > now && !options.fresh) {
    return cached.secrets
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const endpoints = await service.listWebhookEndpoints(
    { account_id: accountId },
    { select: ["id", "secret_sealed"], take: null }
  )
  const secrets = endpoints.map((endpoint) => service.openSecret(endpoint.secret_sealed))
  if (cache.size >= MAX_ENTRIES) {
    cache.clear()
  }
  cache.set(accountId, { secrets, expires: now + TTL_MS })
  return secrets
}
