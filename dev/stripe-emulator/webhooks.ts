import type Stripe from "stripe"
import { PLATFORM, Store } from "./store"
import { signatureHeader } from "./signature"

export interface WebhookConfig {
  /** Delay before each retry after a failed attempt; attempts = retryDelaysMs.length + 1. */
  retryDelaysMs: number[]
  /** When false, events are queued until `flush()` (lets tests deliver in any order). */
  autoDeliver: boolean
  timeoutMs: number
}

export const DEFAULT_WEBHOOK_CONFIG: WebhookConfig = {
  retryDelaysMs: [200, 1000, 5000, 15000],
  autoDeliver: true,
  timeoutMs: 5000,
}

export interface DeliveryAttempt {
  event_id: string
  event_type: string
  endpoint_id: string
  url: string
  attempt: number
  /** "pending" while the request is in flight, then the endpoint's HTTP status, or null when none came (see error). */
  status: number | "pending" | null
  error: string | null
  bad_signature: boolean
  delivered_at: number
}

export interface DeliverOptions {
  badSignature?: boolean
  delayMs?: number
  /** Retry on failure following the configured delays (default true). */
  retry?: boolean
}

/** Signs and POSTs events to webhook endpoints, retrying with backoff on non-2xx answers. */
export class Webhooks {
  private defaults: WebhookConfig = { ...DEFAULT_WEBHOOK_CONFIG }
  config: WebhookConfig = { ...DEFAULT_WEBHOOK_CONFIG }
  readonly attempts: DeliveryAttempt[] = []
  readonly secrets = new Map<string, string>()
  private queue: Array<{ event: Stripe.Event; scope: string }> = []
  private timers = new Set<NodeJS.Timeout>()
  private inFlight = new Set<Promise<void>>()
  private closed = false

  constructor(private readonly store: Store) {}

  reset(): void {
    this.cancelTimers()
    this.attempts.length = 0
    this.secrets.clear()
    this.connectFlags.clear()
    this.queue = []
    this.config = { ...this.defaults }
  }

  /** Retry delays that survive resets (set from the start options). */
  setDefaultRetryDelays(delays: number[]): void {
    this.defaults = { ...this.defaults, retryDelaysMs: [...delays] }
    this.config = { ...this.config, retryDelaysMs: [...delays] }
  }

  close(): void {
    this.closed = true
    this.cancelTimers()
  }

  private cancelTimers(): void {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }

  /** Endpoints that receive an event recorded in `scope`. */
  endpointsFor(event: Stripe.Event, scope: string): Stripe.WebhookEndpoint[] {
    const matches = (e: Stripe.WebhookEndpoint) =>
      e.status === "enabled" && (e.enabled_events.includes("*") || e.enabled_events.includes(event.type))
    const isConnect = (e: Stripe.WebhookEndpoint) => this.connectFlags.get(e.id) === true
    const platform = this.store.all<Stripe.WebhookEndpoint>(PLATFORM, "webhook_endpoint")
    if (scope === PLATFORM) return platform.filter((e) => !isConnect(e) && matches(e))
    const own = this.store.all<Stripe.WebhookEndpoint>(scope, "webhook_endpoint")
    return [...platform.filter((e) => isConnect(e) && matches(e)), ...own.filter(matches)]
  }

  readonly connectFlags = new Map<string, boolean>()

  /** Called for every recorded event. */
  handle(event: Stripe.Event, scope: string): void {
    const endpoints = this.endpointsFor(event, scope)
    event.pending_webhooks = endpoints.length
    if (endpoints.length === 0) return
    if (!this.config.autoDeliver) {
      this.queue.push({ event, scope })
      return
    }
    for (const ep of endpoints) this.schedule(event, ep, 1, {}, 0)
  }

  /** Delivers queued events (in the given order of ids, or as recorded). Returns the ids sent. */
  flush(order?: string[]): string[] {
    let items = this.queue
    if (order) {
      const byId = new Map(items.map((i) => [i.event.id, i]))
      items = order.map((id) => byId.get(id)).filter((i): i is { event: Stripe.Event; scope: string } => !!i)
      this.queue = this.queue.filter((i) => !order.includes(i.event.id))
    } else {
      this.queue = []
    }
    for (const { event, scope } of items) for (const ep of this.endpointsFor(event, scope)) this.schedule(event, ep, 1, {}, 0)
    return items.map((i) => i.event.id)
  }

  queuedIds(): string[] {
    return this.queue.map((q) => q.event.id)
  }

  /** Sends an event to its endpoints now (or after delayMs), e.g. a second time or with a bad signature. */
  deliver(event: Stripe.Event, scope: string, opts: DeliverOptions, endpointId?: string): number {
    const endpoints = this.endpointsFor(event, scope).filter((e) => !endpointId || e.id === endpointId)
    for (const ep of endpoints) this.schedule(event, ep, 1, opts, opts.delayMs ?? 0)
    return endpoints.length
  }

  private schedule(event: Stripe.Event, ep: Stripe.WebhookEndpoint, attempt: number, opts: DeliverOptions, delayMs: number): void {
    if (this.closed) return
    const run = () => {
      const p = this.attempt(event, ep, attempt, opts).finally(() => this.inFlight.delete(p))
      this.inFlight.add(p)
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      run()
    }, Math.max(0, delayMs))
    this.timers.add(timer)
  }

  private async attempt(event: Stripe.Event, ep: Stripe.WebhookEndpoint, attempt: number, opts: DeliverOptions): Promise<void> {
    if (this.closed) return
    const payload = JSON.stringify(event, null, 2)
    const secret = this.secrets.get(ep.id) ?? ""
    const timestamp = Math.floor(Date.now() / 1000)
    const signature = opts.badSignature
      ? signatureHeader(payload, `${secret}_wrong`, timestamp)
      : signatureHeader(payload, secret, timestamp)
    const record: DeliveryAttempt = {
      event_id: event.id,
      event_type: event.type,
      endpoint_id: ep.id,
      url: ep.url,
      attempt,
      status: "pending",
      error: null,
      bad_signature: !!opts.badSignature,
      delivered_at: Date.now(),
    }
    this.attempts.push(record)
    try {
      const res = await fetch(ep.url, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": signature, "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
        body: payload,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      })
      record.status = res.status
      await res.arrayBuffer().catch(() => undefined)
      if (res.ok) {
        if (event.pending_webhooks > 0 && attempt >= 1 && !opts.badSignature) event.pending_webhooks -= 1
        return
      }
    } catch (err) {
      record.status = null
      record.error = err instanceof Error ? err.message : String(err)
    }
    const delay = this.config.retryDelaysMs[attempt - 1]
    if (opts.retry !== false && delay !== undefined) this.schedule(event, ep, attempt + 1, opts, delay)
  }

  /** True when no delivery is in flight or scheduled. */
  isIdle(): boolean {
    return this.inFlight.size === 0 && this.timers.size === 0
  }

  /** Resolves when no delivery is in flight or scheduled (bounded by timeoutMs). */
  async idle(timeoutMs = 10000): Promise<void> {
    const until = Date.now() + timeoutMs
    while (!this.isIdle() && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 10))
    }
  }
}
