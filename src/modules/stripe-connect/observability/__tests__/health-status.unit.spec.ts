import { buildHealth } from "../health-status"
import type { WebhookHealthFigures } from "../../queries/webhook-health"

const now = new Date("2026-12-06T12:00:00.000Z")
const quiet: WebhookHealthFigures = {
  backlog: 0,
  oldestUnhandledAt: null,
  failedRetrying: 0,
  failedGivenUp: 0,
  lastEventAt: { platform: new Date("2026-12-06T11:59:00.000Z"), connect: null, account: null },
}
const noStripeErrors = { errors_last_hour: 0, refused_last_hour: 2, last_error_at: null }

describe("buildHealth", () => {
  it("should be ok with no backlog, no failures and Stripe answering", () => {
    expect(buildHealth(quiet, noStripeErrors, now)).toEqual({
      status: "ok",
      reasons: [],
      checked_at: "2026-12-06T12:00:00.000Z",
      webhooks: {
        backlog: 0,
        lag_seconds: 0,
        failed_retrying: 0,
        failed_given_up: 0,
        last_event_at: { platform: "2026-12-06T11:59:00.000Z", connect: null, account: null },
      },
      locks: { status: "ok", error: null },
      stripe: noStripeErrors,
    })
  })

  it("should measure the lag from the oldest unhandled event and stay ok within five minutes", () => {
    const health = buildHealth(
      { ...quiet, backlog: 3, oldestUnhandledAt: new Date("2026-12-06T11:56:00.000Z") },
      noStripeErrors,
      now
    )
    expect(health).toMatchObject({ status: "ok", webhooks: { backlog: 3, lag_seconds: 240 } })
  })

  it("should be degraded, with a reason each, by a long lag, events failed for good and Stripe errors", () => {
    const health = buildHealth(
      { ...quiet, backlog: 1, oldestUnhandledAt: new Date("2026-12-06T11:50:00.000Z"), failedGivenUp: 2 },
      { errors_last_hour: 1, refused_last_hour: 0, last_error_at: "2026-12-06T11:30:00.000Z" },
      now
    )
    expect(health.status).toBe("degraded")
    expect(health.reasons).toEqual([
      "webhook processing lags 600 s behind",
      "2 webhook event(s) failed every attempt",
      "Stripe answered 1 request(s) with an error in the last hour",
    ])
  })

  it("should be degraded when the lock service is unavailable, naming its error", () => {
    const health = buildHealth(quiet, noStripeErrors, now, { status: "unavailable", error: "Connection is closed." })
    expect(health.status).toBe("degraded")
    expect(health.reasons).toEqual(["the lock service is unavailable (Connection is closed.)"])
    expect(health.locks).toEqual({ status: "unavailable", error: "Connection is closed." })
  })
})
