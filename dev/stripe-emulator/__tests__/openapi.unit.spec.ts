import { findOperation, objectSchema, validateRequest } from "../openapi"

describe("validation against Stripe's OpenAPI description", () => {
  it("finds operations by concrete path, preferring literal segments", () => {
    expect(findOperation("POST", "/v1/payment_intents/pi_123/capture")?.template).toBe("/v1/payment_intents/{intent}/capture")
    expect(findOperation("GET", "/v1/accounts/acct_1")?.template).toBe("/v1/accounts/{account}")
  })

  it("reports a missing required param by name", () => {
    const err = validateRequest("POST", "/v1/payment_intents", { currency: "usd" })
    expect(err?.toBody().error).toMatchObject({ type: "invalid_request_error", code: "parameter_missing", param: "amount" })
  })

  it("checks integer types and enums, with bracketed names for nested params", () => {
    expect(validateRequest("POST", "/v1/payment_intents", { amount: "12.5", currency: "usd" })?.param).toBe("amount")
    const e = validateRequest("POST", "/v1/payment_intents", { amount: "100", currency: "usd", capture_method: "later" })
    expect(e?.param).toBe("capture_method")
    expect(e?.message).toMatch(/must be one of/)
    const nested = validateRequest("POST", "/v1/accounts/acct_1", { settings: { payouts: { schedule: { interval: "hourly" } } } })
    expect(nested?.param).toBe("settings[payouts][schedule][interval]")
  })

  it("accepts params the description does not know and valid requests", () => {
    expect(validateRequest("POST", "/v1/payment_intents", { amount: "100", currency: "usd", brand_new_param: "x" })).toBeNull()
    expect(validateRequest("POST", "/v1/payment_intents", { amount: "100", currency: "usd", metadata: "" })).toBeNull()
  })

  it("exposes response schemas", () => {
    expect(objectSchema("payment_intent")?.required).toContain("amount")
  })

  it("accepts enum values newer than the description, and still refuses unknown ones", () => {
    expect(validateRequest("POST", "/v1/webhook_endpoints", { url: "http://x.test", enabled_events: ["invoice_payment.paid"] })).toBeNull()
    expect(validateRequest("POST", "/v1/webhook_endpoints", { url: "http://x.test", enabled_events: ["payment_intent.succeeded", "no.such_event"] })?.param).toBe("enabled_events[1]")
  })
})
