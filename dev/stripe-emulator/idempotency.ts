/**
 * Stripe's idempotency rules for POST requests carrying an `Idempotency-Key`:
 * - same key, same method, path and params: the first response again (status and body), with
 *   `Idempotent-Replayed: true`;
 * - same key, other params: 400 `idempotency_error`;
 * - same key while the first request is still running: 409 `idempotency_key_in_use`.
 * Keys are scoped by API key and `Stripe-Account`. Requests rejected before they execute (validation,
 * injected faults) release their key, as Stripe saves results only for requests that started executing.
 */
export interface StoredResponse {
  status: number
  body: unknown
}

interface Entry {
  fingerprint: string
  response: StoredResponse | null
}

export type IdempotencyCheck =
  | { kind: "new" }
  | { kind: "replay"; response: StoredResponse }
  | { kind: "mismatch" }
  | { kind: "in_use" }

/** A stable serialisation of params: object keys sorted, so field order does not matter. */
export function fingerprint(method: string, path: string, params: unknown): string {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon)
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort()) out[k] = canon((v as Record<string, unknown>)[k])
      return out
    }
    return v
  }
  return JSON.stringify([method.toUpperCase(), path, canon(params)])
}

export class IdempotencyStore {
  private entries = new Map<string, Entry>()
  private readonly maxEntries = 50000

  static scopeKey(apiKey: string, account: string | null, key: string): string {
    return `${apiKey}\u0000${account ?? ""}\u0000${key}`
  }

  begin(scopeKey: string, print: string): IdempotencyCheck {
    const existing = this.entries.get(scopeKey)
    if (!existing) {
      if (this.entries.size >= this.maxEntries) {
        const oldest = this.entries.keys().next().value
        if (oldest !== undefined) this.entries.delete(oldest)
      }
      this.entries.set(scopeKey, { fingerprint: print, response: null })
      return { kind: "new" }
    }
    if (existing.fingerprint !== print) return { kind: "mismatch" }
    if (!existing.response) return { kind: "in_use" }
    return { kind: "replay", response: existing.response }
  }

  complete(scopeKey: string, response: StoredResponse): void {
    const e = this.entries.get(scopeKey)
    if (e) e.response = response
  }

  release(scopeKey: string): void {
    const e = this.entries.get(scopeKey)
    if (e && !e.response) this.entries.delete(scopeKey)
  }

  reset(): void {
    this.entries.clear()
  }

  /** Finished requests (key, fingerprint, response), for the state file; running ones are not kept. */
  completed(): Array<{ key: string; fingerprint: string; response: StoredResponse }> {
    const out: Array<{ key: string; fingerprint: string; response: StoredResponse }> = []
    for (const [key, e] of this.entries) if (e.response) out.push({ key, fingerprint: e.fingerprint, response: e.response })
    return out
  }

  restore(entries: Array<{ key: string; fingerprint: string; response: StoredResponse }>): void {
    this.entries.clear()
    for (const e of entries) this.entries.set(e.key, { fingerprint: e.fingerprint, response: e.response })
  }
}
