import { pathMatches } from "./paths"

/** Every request the emulator received, in order. */
export interface LoggedRequest {
  seq: number
  request_id: string
  at: number
  method: string
  path: string
  query: string
  stripe_account: string | null
  idempotency_key: string | null
  params: unknown
  status: number
  idempotent_replayed: boolean
  error_code: string | null
}

export class RequestLog {
  private entries: LoggedRequest[] = []
  private seq = 0
  private readonly max = 20000

  add(entry: Omit<LoggedRequest, "seq">): void {
    this.entries.push({ seq: ++this.seq, ...entry })
    if (this.entries.length > this.max) this.entries.shift()
  }

  query(filter: { method?: string; path?: string; account?: string; since?: number }): LoggedRequest[] {
    return this.entries.filter(
      (e) =>
        (!filter.method || e.method === filter.method.toUpperCase()) &&
        pathMatches(filter.path, e.path) &&
        (!filter.account || e.stripe_account === filter.account) &&
        (filter.since === undefined || e.seq > filter.since)
    )
  }

  clear(): void {
    this.entries = []
  }
}
