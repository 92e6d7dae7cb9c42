import {
  afterPlannedRefund,
  PLANNED_REFUND_KEY,
  readPlannedRefund,
  refundedKeysOf,
  REFUNDED_KEYS_KEY,
  withoutPlannedRefund,
  withPlannedRefund,
} from "../planned-refund"

const KEY = "stripe-connect:seller-refund:pi_1:acct_1:idem_abc:950"
const planned = { idempotency_key: KEY, amount: 950, metadata: { seller_account_id: "acct_1" } }

describe("planned refund in a payment's data", () => {
  it("should read the planned refund of this payment intent and amount only", () => {
    const data = withPlannedRefund({ id: "pi_1" }, planned)
    expect(readPlannedRefund(data, "pi_1", 950)).toEqual(planned)
    expect(readPlannedRefund(data, "pi_1", 951)).toBeNull()
    expect(readPlannedRefund(data, "pi_2", 950)).toBeNull()
    expect(readPlannedRefund({ id: "pi_1" }, "pi_1", 950)).toBeNull()
    expect(
      readPlannedRefund({ [PLANNED_REFUND_KEY]: { ...planned, idempotency_key: "other" } }, "pi_1", 950)
    ).toBeNull()
  })

  it("should keep only string metadata", () => {
    const data = { [PLANNED_REFUND_KEY]: { ...planned, metadata: { a: "x", b: 1, c: null } } }
    expect(readPlannedRefund(data, "pi_1", 950)?.metadata).toEqual({ a: "x" })
  })

  it("should consume the planned refund and remember its key once made", () => {
    const before = withPlannedRefund({ id: "pi_1", [REFUNDED_KEYS_KEY]: ["earlier"] }, planned)
    const after = afterPlannedRefund(before, planned)
    expect(after).toEqual({ id: "pi_1", [REFUNDED_KEYS_KEY]: ["earlier", KEY] })
    expect(refundedKeysOf(after)).toEqual(["earlier", KEY])
    expect(refundedKeysOf(null)).toEqual([])
    expect(refundedKeysOf({ [REFUNDED_KEYS_KEY]: "not a list" })).toEqual([])
  })

  it("should take a planned refund out without touching the rest", () => {
    expect(withoutPlannedRefund(withPlannedRefund({ id: "pi_1" }, planned))).toEqual({ id: "pi_1" })
    expect(withoutPlannedRefund(undefined)).toEqual({})
  })
})
