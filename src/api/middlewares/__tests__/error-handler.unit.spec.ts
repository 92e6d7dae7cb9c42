import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeConnectErrorHandler } from "../error-handler"

function call(error: unknown) {
  const lines: { level: string; line: string }[] = []
  const logger = {
    error: (line: string) => lines.push({ level: "error", line }),
    debug: (line: string) => lines.push({ level: "debug", line }),
  }
  const answer: { status?: number; body?: unknown } = {}
  const path = "/admin/stripe-connect/accounts/acct_1/payouts"
  const req = {
    originalUrl: path,
    path,
    method: "POST",
    requestId: "req_123",
    params: { account_id: "acct_1" },
    scope: { resolve: () => logger },
  } as unknown as MedusaRequest
  const res = {
    status(code: number) {
      answer.status = code
      return this
    },
    json(body: unknown) {
      answer.body = body
      return this
    },
    setHeader: () => undefined,
  } as unknown as MedusaResponse
  stripeConnectErrorHandler()(error, req, res, (() => undefined) as MedusaNextFunction)
  return { lines, answer }
}

describe("stripeConnectErrorHandler", () => {
  it("should log an unexpected failure with Medusa's request id, the route's account, status and code", () => {
    const { lines, answer } = call(new Error("database went away"))
    expect(answer.status).toBe(500)
    expect(lines).toHaveLength(1)
    expect(lines[0].level).toBe("error")
    expect(lines[0].line).toContain("database went away")
    expect(lines[0].line).toMatch(/ request_id=req_123 account=acct_1 status=500 code=\S+$/)
  })

  it("should log an expected refusal at debug level with the same fields", () => {
    const { lines, answer } = call(new StripeConnectError("payout_in_progress", "a payout is pending"))
    expect(answer.status).toBe(409)
    expect(lines).toEqual([
      {
        level: "debug",
        line: "stripe-connect: POST /admin/stripe-connect/accounts/acct_1/payouts -> 409 payout_in_progress request_id=req_123 account=acct_1 status=409 code=payout_in_progress",
      },
    ])
  })
})
