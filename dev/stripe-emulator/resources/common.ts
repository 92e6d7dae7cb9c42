import type Stripe from "stripe"
import type { Emulator } from "../context"
import { changedAttributes, snapshot } from "../events"
import { invalidRequest } from "../errors"
import { Params, mergeMetadata } from "../params"
import { PLATFORM, StoredObject } from "../store"

/**
 * Applies `change` to a stored object and records `type` with Stripe's `previous_attributes`. An update that
 * changes nothing records no event, as Stripe does.
 */
export function mutate<T extends StoredObject>(em: Emulator, scope: string, obj: T, type: string | null, change: (o: T) => void): T {
  const before = snapshot(obj) as unknown as Record<string, unknown>
  change(obj)
  if (type) {
    const prev = changedAttributes(before, obj as unknown as Record<string, unknown>)
    if (Object.keys(prev).length > 0) em.events.emit(scope, type, obj, prev)
  }
  return obj
}

export function metadataFrom(params: Params, current: Stripe.Metadata = {}): Stripe.Metadata {
  return mergeMetadata(current, params.raw.metadata)
}

/** Finds a connected account known to the platform, or Stripe's 404 naming the param. */
export function requireAccount(em: Emulator, id: string, param = "account"): Stripe.Account {
  return em.store.require<Stripe.Account>(PLATFORM, "account", id, "account", param)
}

export function requireCurrency(params: Params): string {
  const c = params.currency()
  if (!c) throw invalidRequest("Missing required param: currency.", "currency", "parameter_missing")
  if (!/^[a-z]{3}$/.test(c)) throw invalidRequest(`Invalid currency: ${c}. Stripe currently supports these currencies: usd, eur, gbp, jpy, ...`, "currency")
  return c
}

export function requirePositiveAmount(params: Params, name = "amount"): number {
  const amount = params.requiredInt(name)
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", name, "parameter_invalid_integer")
  return amount
}

export const listUrl = (path: string): string => path
