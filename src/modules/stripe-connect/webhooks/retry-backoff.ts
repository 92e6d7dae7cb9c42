/** How failed events are retried: exponential backoff from `baseSeconds`, capped, up to `maxAttempts`. */
export type RetryPolicy = {
  maxAttempts: number
  baseSeconds: number
  maxDelaySeconds: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseSeconds: 30,
  maxDelaySeconds: 6 * 60 * 60,
}

/** Seconds to wait after the `attempts`-th failed attempt (1 -> base, 2 -> 2 x base, 3 -> 4 x base, ...). */
export function retryDelaySeconds(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, Math.floor(attempts) - 1)
  // 2^exponent grows past any cap quickly; stop before it overflows to Infinity.
  const factor = exponent >= 40 ? Number.MAX_SAFE_INTEGER : 2 ** exponent
  return Math.min(policy.maxDelaySeconds, policy.baseSeconds * factor)
}

/**
 * When a failed event is tried next: `null` once `attempts` reached the limit (it stays `failed` until an admin
 * replays it), otherwise `now` plus the backoff.
 */
export function nextAttemptAt(attempts: number, now: Date, policy: RetryPolicy = DEFAULT_RETRY_POLICY): Date | null {
  if (attempts >= policy.maxAttempts) {
    return null
  }
  return new Date(now.getTime() + retryDelaySeconds(attempts, policy) * 1000)
}
