import type { StripeConnectHealthResponse, StripeConnectLockHealth } from "../../../shared/types/health"
import type { WebhookHealthFigures } from "../queries/webhook-health"
import type { StripeResponseSummary } from "./stripe-response-log"

/** Processing this far behind receiving means the workers are stuck or too few. */
export const MAX_HEALTHY_LAG_SECONDS = 5 * 60

/**
 * The health route's answer from its figures: `degraded`, with a reason each, when webhook processing lags,
 * events have failed for good, the lock service is unavailable, or Stripe had trouble in the last hour; `ok` otherwise.
 */
export function buildHealth(
  webhooks: WebhookHealthFigures,
  stripe: StripeResponseSummary,
  now: Date,
  locks: StripeConnectLockHealth = { status: "ok", error: null }
): StripeConnectHealthResponse {
  const lagSeconds = webhooks.oldestUnhandledAt
    ? Math.max(0, Math.floor((now.getTime() - webhooks.oldestUnhandledAt.getTime()) / 1000))
    : 0
  const reasons = [
    lagSeconds > MAX_HEALTHY_LAG_SECONDS && `webhook processing lags ${lagSeconds} s behind`,
    webhooks.failedGivenUp > 0 && `${webhooks.failedGivenUp} webhook event(s) failed every attempt`,
    locks.status === "unavailable" && `the lock service is unavailable (${locks.error})`,
    stripe.errors_last_hour > 0 &&
      `Stripe answered ${stripe.errors_last_hour} request(s) with an error in the last hour`,
  ].filter((reason): reason is string => Boolean(reason))

  return {
    status: reasons.length ? "degraded" : "ok",
    reasons,
    checked_at: now.toISOString(),
    webhooks: {
      backlog: webhooks.backlog,
      lag_seconds: lagSeconds,
      failed_retrying: webhooks.failedRetrying,
      failed_given_up: webhooks.failedGivenUp,
      last_event_at: Object.fromEntries(
        Object.entries(webhooks.lastEventAt).map(([endpoint, at]) => [endpoint, at ? at.toISOString() : null])
      ) as StripeConnectHealthResponse["webhooks"]["last_event_at"],
    },
    locks,
    stripe,
  }
}
