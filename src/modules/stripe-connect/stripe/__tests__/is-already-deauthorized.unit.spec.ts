import Stripe from "stripe"
import { isAlreadyDeauthorized } from "../gateway/is-already-deauthorized"

describe("isAlreadyDeauthorized", () => {
  it("takes Stripe's invalid_client answer to /oauth/deauthorize as an account already not connected", () => {
    const notConnected = new Stripe.errors.StripeInvalidClientError({
      type: "invalid_client",
      message: "No such application: not connected",
    })
    expect(isAlreadyDeauthorized(notConnected)).toBe(true)
  })

  it("leaves other OAuth, API and plain errors to their own mapping", () => {
    expect(
      isAlreadyDeauthorized(
        new Stripe.errors.StripeOAuthInvalidRequestError({ type: "invalid_request", message: "No client_id" })
      )
    ).toBe(false)
    expect(isAlreadyDeauthorized(new Stripe.errors.StripeAPIError({ type: "api_error", message: "boom" }))).toBe(false)
    expect(
      isAlreadyDeauthorized(new Stripe.errors.StripePermissionError({ type: "invalid_request_error", message: "no" }))
    ).toBe(false)
    expect(isAlreadyDeauthorized(new Error("invalid_client"))).toBe(false)
  })
})
