import type Stripe from "stripe"
import { newId } from "./ids"
import { PLATFORM, StoredObject, Store } from "./store"
import { Clock } from "./clock"

export const API_VERSION = "2026-10-28.endive"

export interface RequestInfo {
  id: string
  idempotencyKey: string | null
}

/** Receives each event right after it is recorded (the webhook dispatcher). */
export type EventListener = (event: Stripe.Event, scope: string) => void

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/**
 * Records events. Each event lives in the scope of the account it is about: connected-account events carry
 * `account`. The object is snapshotted at the time of the change, as Stripe does.
 */
export class Events {
  currentRequest: RequestInfo | null = null
  private listeners: EventListener[] = []

  constructor(private readonly store: Store, private readonly clock: Clock) {}

  onEvent(listener: EventListener): void {
    this.listeners.push(listener)
  }

  emit(
    scope: string,
    type: string,
    object: StoredObject,
    previousAttributes?: Record<string, unknown>
  ): Stripe.Event {
    const data: { object: unknown; previous_attributes?: unknown } = { object: clone(object) }
    if (previousAttributes && Object.keys(previousAttributes).length > 0) data.previous_attributes = clone(previousAttributes)
    const event = {
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: this.clock.now(),
      data,
      livemode: false,
      pending_webhooks: 0,
      request: this.currentRequest
        ? { id: this.currentRequest.id, idempotency_key: this.currentRequest.idempotencyKey }
        : { id: null, idempotency_key: null },
      type,
      ...(scope === PLATFORM ? {} : { account: scope }),
    } as unknown as Stripe.Event
    this.store.put(scope, "event", event)
    for (const l of this.listeners) l(event, scope)
    return event
  }
}

/** Picks the attributes of `before` that differ in `after` (Stripe's `previous_attributes`). */
export function changedAttributes(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = before[key] ?? null
  }
  return out
}

export const snapshot = clone
