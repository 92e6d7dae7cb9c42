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
