import { StripeResponseLog } from "../stripe-response-log"

const at = Date.parse("2026-12-06T12:00:00.000Z")
const minutes = (n: number) => n * 60 * 1000

describe("StripeResponseLog", () => {
  it("should count Stripe's trouble (5xx, 429) apart from refusals (other 4xx) and keep no successes", () => {
    const log = new StripeResponseLog()
    for (const status of [200, 201, 500, 503, 429, 400, 402, 404]) {
      log.record(status, at)
    }
    expect(log.summary(at)).toEqual({
      errors_last_hour: 3,
      refused_last_hour: 3,
      last_error_at: "2026-12-06T12:00:00.000Z",
    })
  })

  it("should forget answers older than an hour", () => {
    const log = new StripeResponseLog()
    log.record(500, at)
    log.record(400, at + minutes(30))
    expect(log.summary(at + minutes(61))).toEqual({ errors_last_hour: 0, refused_last_hour: 1, last_error_at: null })
  })

  it("should keep at most 10,000 answers however many fail", () => {
    const log = new StripeResponseLog()
    for (let i = 0; i < 10_050; i++) {
      log.record(500, at)
    }
    expect(log.summary(at).errors_last_hour).toBe(10_000)
  })
})
