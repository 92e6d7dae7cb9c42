import { endOfEventSecond, type WriteGuard } from "../records"

/**
 * What a stored integration must still be for a disconnect to clear it: connected, to the Stripe account the
 * disconnect was decided for. A deauthorization (`revoked_at`, the event's Unix seconds) clears only a connection
 * made no later than that event's second: an admin may have disconnected and connected the integration again
 * between the handler's read and its write, and that newer connection must survive.
 */
export function clearConnectionGuard(stripeAccountId: string, revokedAt?: number | null): WriteGuard {
  return {
    oneOf: { status: ["connected"], stripe_account_id: [stripeAccountId] },
    ...(revokedAt ? { notAfter: { connected_at: endOfEventSecond(revokedAt) } } : {}),
  }
}
