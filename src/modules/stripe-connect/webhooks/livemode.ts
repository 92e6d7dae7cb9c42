/**
 * Whether the configured Stripe key is a live-mode key (`sk_live_`, `rk_live_`); test keys (`sk_test_`,
 * `rk_test_`) are not. Events of the other mode are stored as rejected and never applied.
 */
export function isLiveModeKey(apiKey: string): boolean {
  return /^(sk|rk)_live_/.test(apiKey)
}
