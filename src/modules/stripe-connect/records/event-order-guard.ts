import type { WriteGuard } from "./write-guard"

/**
 * No newer Stripe event applied, as a guard of the write itself: the stored newest event is empty or not in a later
 * second than this one (`isStaleStripeEvent`'s rule; Stripe's clock has one-second resolution). Handlers of one
 * record can lock different objects (`account.updated` the account, `capability.updated` the capability), so the
 * check must hold when the row is written, not when it was read.
 */
export function eventOrderGuard(eventCreated: number): WriteGuard {
  return { notAfter: { last_stripe_event_at: endOfEventSecond(eventCreated) } }
}

/** The last millisecond of an event's second: stored times up to it are not newer than the event. */
export function endOfEventSecond(eventCreated: number): Date {
  return new Date(eventCreated * 1000 + 999)
}
