import { paymentStatusesAccepting, paymentSucceedingGuard, paymentWriteGuard } from ".."

describe("paymentStatusesAccepting", () => {
  it("should let statuses before authorization replace each other, a failed attempt included", () => {
    expect(paymentStatusesAccepting("requires_payment_method")).toEqual([
      "requires_payment_method",
      "requires_confirmation",
      "requires_action",
      "processing",
    ])
  })

  it("should never let an earlier status replace an authorized, captured or canceled payment", () => {
    expect(paymentStatusesAccepting("requires_capture")).not.toContain("succeeded")
    expect(paymentStatusesAccepting("requires_capture")).not.toContain("canceled")
    expect(paymentStatusesAccepting("processing")).not.toContain("requires_capture")
    expect(paymentStatusesAccepting("succeeded")).toEqual(
      expect.arrayContaining(["requires_capture", "succeeded", "processing"])
    )
    expect(paymentStatusesAccepting("unknown")).toEqual([])
  })
})

describe("paymentWriteGuard", () => {
  it("should refuse a copy whose amounts are below the stored ones, since captured and refunded amounts only grow", () => {
    expect(
      paymentWriteGuard({
        status: "succeeded",
        amount_captured: 2500,
        amount_refunded: 500,
        application_fee_refunded: 15,
      })
    ).toEqual({
      oneOf: { status: paymentStatusesAccepting("succeeded") },
      atMost: { amount_captured: 2500, amount_refunded: 500, application_fee_refunded: 15 },
    })
  })
})

describe("paymentSucceedingGuard", () => {
  it("should accept only a stored payment not yet succeeded, so only the first writer of succeeded moves it", () => {
    const mirror = { status: "succeeded", amount_captured: 2500, amount_refunded: 0, application_fee_refunded: 0 }
    const guard = paymentSucceedingGuard(mirror)
    expect(guard.oneOf?.status).toEqual(
      expect.arrayContaining(["requires_capture", "processing", "requires_payment_method"])
    )
    expect(guard.oneOf?.status).not.toContain("succeeded")
    expect(guard.atMost).toEqual(paymentWriteGuard(mirror).atMost)
  })
})
