import { LruMap } from "./lru-map"

const TTL_MS = 60_000
/** Accounts whose secrets are kept; the least recently used goes first. */
const MAX_KNOWN_ACCOUNTS = 10_000
/** Account ids without a registered endpoint that are remembered; a flood of made-up ids stays within this. */
const MAX_UNKNOWN_ACCOUNTS = 10_000

type Entry = { secrets: string[]; expires: number }

export type AccountSecretCacheLimits = { ttlMs: number; maxKnown: number; maxUnknown: number }

/**
 * How other instances' changes reach this cache: `read` answers a value that changes whenever any endpoint is
 * registered, changed or deleted, read at most once per `everyMs`; a new value drops everything cached.
 */
export type AccountSecretVersion = { read: () => Promise<string>; everyMs: number }

/**
 * The signing secrets of connected accounts' endpoints, kept for a minute so a burst of deliveries costs one
 * lookup. `fresh` skips the cache for a known account (a delivery that no cached secret verifies is retried with
 * the stored ones, so a newly rolled secret works at once). An account without a registered endpoint is
 * remembered apart, in a bounded least-recently-used set, for the same minute: its repeated deliveries cost no
 * query, also not the `fresh` retry, and made-up account ids never push known accounts out of the cache.
 * `forget` drops an account (its endpoint was just registered or deleted on this instance). Other instances see
 * the change at their next version read (`AccountSecretVersion`), within `everyMs` plus one query.
 */
export class AccountSecretCache {
  private readonly known: LruMap<string, Entry>
  private readonly unknown: LruMap<string, number>
  private seenVersion: string | undefined
  private versionReadAt = -Infinity
  private versionRead: Promise<void> | null = null
  /** Counts clears, so a lookup that began before one (and may have read old secrets) is not cached after it. */
  private generation = 0

  constructor(
    private readonly load: (accountId: string) => Promise<string[]>,
    private readonly limits: AccountSecretCacheLimits = {
      ttlMs: TTL_MS,
      maxKnown: MAX_KNOWN_ACCOUNTS,
      maxUnknown: MAX_UNKNOWN_ACCOUNTS,
    },
    private readonly version: AccountSecretVersion | null = null
  ) {
    this.known = new LruMap(limits.maxKnown)
    this.unknown = new LruMap(limits.maxUnknown)
  }

  async get(accountId: string, options: { fresh?: boolean } = {}): Promise<string[]> {
    await this.dropIfChangedElsewhere()
    const now = Date.now()
    const unknownUntil = this.unknown.get(accountId)
    if (unknownUntil !== undefined && unknownUntil > now) {
      return []
    }
    const cached = this.known.get(accountId)
    if (cached && cached.expires > now && !options.fresh) {
      return cached.secrets
    }
    const generation = this.generation
    const secrets = await this.load(accountId)
    if (generation !== this.generation) {
      return secrets
    }
    if (secrets.length) {
      this.unknown.delete(accountId)
      this.known.set(accountId, { secrets, expires: now + this.limits.ttlMs })
    } else {
      this.known.delete(accountId)
      this.unknown.set(accountId, now + this.limits.ttlMs)
    }
    return secrets
  }

  forget(accountId: string): void {
    this.generation++
    this.known.delete(accountId)
    this.unknown.delete(accountId)
  }

  /** Reads the version when the last read is `everyMs` old (concurrent callers share one read); a new one clears. */
  private async dropIfChangedElsewhere(): Promise<void> {
    if (!this.version || Date.now() - this.versionReadAt < this.version.everyMs) {
      return
    }
    const { read } = this.version
    this.versionRead ??= (async () => {
      // From the read's start: a change made while it runs is seen by the next one, `everyMs` later.
      const startedAt = Date.now()
      try {
        const current = await read()
        if (current !== this.seenVersion) {
          this.known.clear()
          this.unknown.clear()
          this.generation++
          this.seenVersion = current
        }
        this.versionReadAt = startedAt
      } finally {
        this.versionRead = null
      }
    })()
    await this.versionRead
  }

  /** How many accounts each part holds (for tests and diagnostics). */
  sizes(): { known: number; unknown: number } {
    return { known: this.known.size, unknown: this.unknown.size }
  }
}
