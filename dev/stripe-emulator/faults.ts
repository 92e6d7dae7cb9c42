import { pathMatches } from "./paths"

/** Injected failures: the next N requests (optionally matching a method and a path pattern) fail or slow down. */
export interface FaultSpec {
  /** 500 (api_error), 429 (rate_limit), or any other status; omit for a pure delay. */
  status?: number
  delay_ms?: number
  /** How many matching requests it applies to (default 1). */
  count?: number
  method?: string
  /** An exact path, a prefix (`/v1/transfers`) or a pattern with `*` wildcards (see paths.ts). */
  path?: string
  /**
   * Fail after the request ran: Stripe made the change (and keeps its answer for the idempotency key), but the
   * client gets `status` (default 500) with `Stripe-Should-Retry: false`, as when the answer is lost on the way.
   */
  after?: boolean
}

export interface Fault extends Required<Pick<FaultSpec, "count">> {
  id: number
  status: number | null
  delayMs: number
  method: string | null
  path: string | null
  after: boolean
  remaining: number
}

export class Faults {
  private list: Fault[] = []
  private seq = 0

  add(spec: FaultSpec): Fault {
    const count = Math.max(1, Math.trunc(spec.count ?? 1))
    const fault: Fault = {
      id: ++this.seq,
      count,
      remaining: count,
      status: spec.status ?? null,
      delayMs: Math.max(0, Math.trunc(spec.delay_ms ?? 0)),
      method: spec.method ? spec.method.toUpperCase() : null,
      path: spec.path ?? null,
      after: spec.after === true,
    }
    if (fault.after && fault.status === null) fault.status = 500
    this.list.push(fault)
    return fault
  }

  /** Consumes and returns the first fault matching this request, if any (`after`: the faults applied once it ran). */
  take(method: string, path: string, after = false): Fault | null {
    const f = this.list.find(
      (x) => x.remaining > 0 && x.after === after && (!x.method || x.method === method) && pathMatches(x.path, path)
    )
    if (!f) return null
    f.remaining -= 1
    this.list = this.list.filter((x) => x.remaining > 0)
    return f
  }

  active(): Fault[] {
    return [...this.list]
  }

  clear(): void {
    this.list = []
  }
}
