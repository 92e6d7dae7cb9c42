import type { WriteGuard } from "../records/guarded-update"

/**
 * Whether a Stripe event is older than the state already applied to a record. Stripe gives no ordering guarantee,
 * so every handler compares the event's `created` (unix seconds) with the newest event it applied. Events of
 * the same second are applied (Stripe's clock has one-second resolution and the later delivery usually carries
 * the later state).
 */
export function isStaleStripeEvent(eventCreated: number, lastAppliedAt: Date | string | null | undefined): boolean {
  if (!lastAppliedAt) {
    return false
  }
  const lastSeconds = Math.floor(new Date(lastAppliedAt).getTime() / 1000)
  return eventCreated < lastSeconds
}

/** A unix timestamp (seconds) as an ISO string. */
export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString()
}

/**
 * `isStaleStripeEvent` as a guard of the write itself: the stored newest event is empty or not in a later second
 * than this one. Handlers of one account lock different objects (`account.updated` the account,
 * `capability.updated` the capability), so the check must hold when the row is written, not when it was read.
 */
export function eventOrderGuard(eventCreated: number): WriteGuard {
  return { notAfter: { last_stripe_event_at: endOfEventSecond(eventCreated) } }
}

/** The last millisecond of an event's second: stored times up to it are not newer than the event. */
export function endOfEventSecond(eventCreated: number): Date {
  return new Date(eventCreated * 1000 + 999)
}
