import { endOfEventSecond, type WriteGuard } from "../records"

/**
 * What a stored integration must still be for an account event's snapshot to be written: connected, with no
 * newer event applied and not connected after the event (the connection stored a snapshot read from Stripe then,
 * newer than a late event's). Checked in the UPDATE: the handlers of one account lock different objects and an
 * admin may connect the integration meanwhile.
 */
export function snapshotWriteGuard(eventCreated: number): WriteGuard {
  const end = endOfEventSecond(eventCreated)
  return { oneOf: { status: ["connected"] }, notAfter: { last_stripe_event_at: end, connected_at: end } }
}
