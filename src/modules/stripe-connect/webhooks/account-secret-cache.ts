const TTL_MS = 60_000
const MAX_ENTRIES = 10_000

type Entry = { secrets: string[]; expires: number }

/**
 * The signing secrets of connected accounts' endpoints, kept for a minute so a burst of deliveries costs one
 * lookup. `fresh` skips the cache (a delivery that no cached secret verifies is retried with the stored ones, so
 * a newly registered endpoint works at once). A deleted endpoint's secret can still verify for up to a minute
 * on an instance that cached it.
 */
export class AccountSecretCache {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly load: (accountId: string) => Promise<string[]>) {}

  async get(accountId: string, options: { fresh?: boolean } = {}): Promise<string[]> {
    const now = Date.now()
    const cached = this.entries.get(accountId)
    if (cached && cached.expires > now && !options.fresh) {
      return cached.secrets
    }
    const secrets = await this.load(accountId)
    if (this.entries.size >= MAX_ENTRIES) {
      this.entries.clear()
    }
    this.entries.set(accountId, { secrets, expires: now + TTL_MS })
    return secrets
  }
}
