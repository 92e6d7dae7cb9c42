import { serializeError } from "@medusajs/framework/utils"
import { StripeConnectError, isStripeConnectError } from "../../errors/stripe-connect-error"
import { toErrorResponse } from "../../../../api/utils/error-response"

describe("a StripeConnectError thrown inside a workflow step", () => {
  it("keeps the documented status and code after Medusa serializes it", () => {
    const serialized = serializeError(new StripeConnectError("invalid_account_type", "account_type: nope"))
    expect(isStripeConnectError(serialized)).toBe(true)
    expect(toErrorResponse(serialized)).toEqual(
      expect.objectContaining({
        status: 400,
        body: expect.objectContaining({ code: "invalid_account_type", message: "account_type: nope" }),
      })
    )
  })

  it("does not mistake other serialized errors for one", () => {
    expect(isStripeConnectError(serializeError(new Error("boom")))).toBe(false)
    expect(isStripeConnectError({ name: "StripeConnectError", errorCode: "made_up", status: 400 })).toBe(false)
  })
})
