import Stripe from "stripe"
import { mapStripeError } from "../map-stripe-error"
import { StripeConnectError } from "../../errors/stripe-connect-error"

type RawError = ConstructorParameters<typeof Stripe.errors.StripeError>[0]

function stripeError(kind: "invalid" | "card" | "api" | "permission" | "idempotency" | "connection", raw: RawError) {
  const classes = {
    invalid: Stripe.errors.StripeInvalidRequestError,
    card: Stripe.errors.StripeCardError,
    api: Stripe.errors.StripeAPIError,
    permission: Stripe.errors.StripePermissionError,
    idempotency: Stripe.errors.StripeIdempotencyError,
    connection: Stripe.errors.StripeConnectionError,
  }
  return new classes[kind](raw)
}

function mapped(error: unknown, context = {}) {
  const result = mapStripeError(error, context)
  expect(result).toBeInstanceOf(StripeConnectError)
  return result as StripeConnectError
}

describe("mapStripeError", () => {
  it("should map a short balance to insufficient_balance (400)", () => {
    const error = mapped(stripeError("invalid", { code: "balance_insufficient", message: "Insufficient funds" }))
    expect([error.errorCode, error.status]).toEqual(["insufficient_balance", 400])
  })

  it("should map a missing connected account to account_not_found (404)", () => {
    const error = mapped(
      stripeError("invalid", { code: "resource_missing", param: "account", message: "No such account: 'acct_1'" }),
      { accountId: "acct_1" }
    )
    expect([error.errorCode, error.status]).toEqual(["account_not_found", 404])
    expect(error.message).toContain("acct_1")
  })

  it("should map a permission error on a connected account to account_not_found", () => {
    const error = mapped(stripeError("permission", { message: "does not have access to account" }), {
      accountId: "acct_2",
    })
    expect(error.errorCode).toBe("account_not_found")
  })

  it("should map other missing objects to not_found, keeping Stripe's param", () => {
    const error = mapped(
      stripeError("invalid", { code: "resource_missing", param: "id", message: "No such payment_intent" })
    )
    expect([error.errorCode, error.status, error.param]).toEqual(["not_found", 404, "id"])
  })

  it("should map refused parameters to invalid_request (400) naming Stripe's param", () => {
    const error = mapped(
      stripeError("invalid", { code: "amount_too_large", param: "amount", message: "Amount too large" }),
      { action: "refund the payment" }
    )
    expect([error.errorCode, error.status, error.param]).toEqual(["invalid_request", 400, "amount"])
    expect(error.message).toContain("refund the payment")
  })

  it("should map an idempotency clash to conflict (409)", () => {
    const error = mapped(
      stripeError("idempotency", { message: "Keys for idempotent requests can only be used with the same parameters" })
    )
    expect([error.errorCode, error.status]).toEqual(["conflict", 409])
  })

  it.each(["api", "connection"] as const)("should map a %s error to stripe_error (502)", (kind) => {
    const error = mapped(stripeError(kind, { message: "Something broke" }))
    expect([error.errorCode, error.status]).toEqual(["stripe_error", 502])
  })

  it("should leave errors that are not Stripe's unchanged", () => {
    const original = new TypeError("boom")
    expect(mapStripeError(original)).toBe(original)
  })
})
