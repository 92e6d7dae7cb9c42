/** The invoice refund route's limit: 20 requests per minute per user (docs/api.md#refund-invoice). */
export const INVOICE_REFUND_THROTTLE = { bucket: "invoice_refund", limit: 20, windowMs: 60_000 } as const

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Sliding-window decision: with `hits` the times of the requests already accepted for this user, a new request
 * at `now` is allowed when fewer than `limit` of them fall within the last `windowMs`. Otherwise the caller may
 * retry when the oldest hit in the window leaves it: `retryAfterSeconds` is that wait, rounded up, at least 1.
 */
export function decideThrottle(input: { hits: Date[]; now: Date; limit: number; windowMs: number }): ThrottleDecision {
  const windowStart = input.now.getTime() - input.windowMs
  const inWindow = input.hits
    .map((hit) => hit.getTime())
    .filter((time) => time > windowStart && time <= input.now.getTime())
    .sort((a, b) => a - b)
  if (inWindow.length < input.limit) {
    return { allowed: true }
  }
  // The request is allowed again once only limit - 1 hits remain in the window.
  const freesAt = inWindow[inWindow.length - input.limit] + input.windowMs
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - input.now.getTime()) / 1000)) }
}
