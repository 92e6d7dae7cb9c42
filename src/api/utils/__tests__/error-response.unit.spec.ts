import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { toErrorResponse } from "../error-response"

describe("toErrorResponse", () => {
  it.each([
    ["invalid_account_type", 400],
    ["insufficient_balance", 400],
    ["account_not_onboarded", 401],
    ["account_not_found", 404],
    ["payout_in_progress", 409],
    ["stripe_error", 502],
  ] as const)("should answer %s with status %i as documented", (code, status) => {
    const response = toErrorResponse(new StripeConnectError(code, "what happened"))
    expect(response.status).toBe(status)
    expect(response.body).toEqual({ type: expect.any(String), code, message: "what happened" })
  })

  it("should carry Retry-After for a throttle", () => {
    const response = toErrorResponse(new StripeConnectError("rate_limited", "slow down", { retryAfterSeconds: 12 }))
    expect([response.status, response.retryAfterSeconds]).toEqual([429, 12])
  })

  it("should add an error's details to the body without letting them replace type, code or message", () => {
    const error = new StripeConnectError("pay_link_open", "order_id: already has an open pay link", {
      param: "order_id",
      details: { pay_link: { id: "plink_1", url: "https://checkout.example/1" }, code: "other" },
    })
    const serialized = JSON.parse(JSON.stringify({ ...error, name: error.name, message: error.message }))
    for (const candidate of [error, serialized]) {
      expect(toErrorResponse(candidate)).toEqual({
        status: 409,
        body: {
          type: "conflict",
          code: "pay_link_open",
          message: "order_id: already has an open pay link",
          param: "order_id",
          pay_link: { id: "plink_1", url: "https://checkout.example/1" },
        },
        retryAfterSeconds: undefined,
      })
    }
  })

  it("should name the field of a validation error", () => {
    const result = z.object({ amount: z.number() }).safeParse({ amount: "x" })
    const response = toErrorResponse(result.error)
    expect(response.status).toBe(400)
    expect(response.body.code).toBe("invalid_request")
    expect(response.body.message).toMatch(/^amount: /)
  })

  it("should keep Medusa's status for its own errors and give them a code", () => {
    expect(toErrorResponse(new MedusaError(MedusaError.Types.NOT_FOUND, "Order x not found"))).toEqual({
      status: 404,
      body: { type: "not_found", code: "not_found", message: "Order x not found" },
    })
    expect(
      toErrorResponse(new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: Field 'amount' is required"))
        .body
    ).toEqual(expect.objectContaining({ code: "invalid_request", message: expect.stringContaining("amount") }))
  })

  it("should name the body when the JSON parser refuses it", () => {
    const parserError = Object.assign(new SyntaxError("Unexpected token 'x', \"x\" is not valid JSON"), {
      type: "entity.parse.failed",
      status: 400,
      statusCode: 400,
      expose: true,
    })
    expect(toErrorResponse(parserError)).toEqual({
      status: 400,
      body: expect.objectContaining({ code: "invalid_request", param: "body" }),
    })
  })

  it("should hide the message of an unexpected error", () => {
    const response = toErrorResponse(new Error("database password is hunter2"))
    expect(response.status).toBe(500)
    expect(response.body.message).not.toContain("hunter2")
  })
})
