import type { StripeMode } from "../../../shared/types/accounts"

/**
 * Test or live, from the prefix of the platform's API key (`sk_test_`/`rk_test_` or `sk_live_`/`rk_live_`).
 * The options schema only accepts keys with one of those prefixes.
 */
export function stripeModeFromApiKey(apiKey: string): StripeMode {
  return /^(sk|rk)_live_/.test(apiKey) ? "live" : "test"
}
