import { checkSeparateCharge, type SeparateChargeFacts, type SellerPartFacts } from "../check-separate-charge"
import { checkOrderTotal } from "../check-order-total"

const part = (fields: Partial<SellerPartFacts>): SellerPartFacts => ({
  id: "scst_a",
  stripe_account_id: "acct_a",
  status: "transferred",
  transfer_amount: 6210,
  transfer_id: "tr_a",
  restore_transfer_id: null,
  fee_amount: 0,
  configured_fee: null,
  ...fields,
})

/** 11500 captured; sellers get 6210 and 3105; the platform keeps 2185. */
const charge = (fields: Partial<SeparateChargeFacts> = {}): SeparateChargeFacts => ({
  payment_id: "scpay_1",
  order_id: "order_1",
  currency: "usd",
  amount_captured: 11500,
  charge_line_amount: 11500,
  sellers: [part({}), part({ id: "scst_b", stripe_account_id: "acct_b", transfer_amount: 3105, transfer_id: "tr_b" })],
  transfer_lines: new Map([
    ["tr_a", 6210],
    ["tr_b", 3105],
  ]),
  ...fields,
})

describe("checkSeparateCharge", () => {
  it("should find nothing when every seller is paid and the platform keeps the charge minus its transfers", () => {
    expect(checkSeparateCharge(charge())).toEqual([])
  })

  it("should raise missing_transfer for a seller whose transfer was refused, never made, or has no line", () => {
    const refused = part({ id: "scst_b", stripe_account_id: "acct_b", transfer_amount: 3105, transfer_id: null })
    const found = checkSeparateCharge(
      charge({ sellers: [part({}), refused], transfer_lines: new Map([["tr_a", 6210]]) })
    )
    expect(found).toEqual([
      {
        dedup_key: "missing_transfer:scst_b",
        reason: "missing_transfer",
        balance_transaction_id: null,
        record_kind: "seller_transfer",
        record_id: "scst_b",
        order_id: "order_1",
        stripe_account_id: "acct_b",
        currency: "usd",
        expected_amount: 3105,
        actual_amount: null,
      },
    ])
    const noLine = checkSeparateCharge(charge({ transfer_lines: new Map([["tr_b", 3105]]) }))
    expect(noLine.map((m) => [m.reason, m.record_id])).toEqual([["missing_transfer", "scst_a"]])
    const planned = checkSeparateCharge(
      charge({ sellers: [part({ status: "planned", transfer_amount: 0, transfer_id: null })] })
    )
    expect(planned).toEqual([expect.objectContaining({ reason: "missing_transfer", expected_amount: null })])
  })

  it("should not expect a transfer of a seller whose decided share is 0", () => {
    const nothing = part({ id: "scst_b", stripe_account_id: "acct_b", transfer_amount: 0, transfer_id: null })
    const facts = charge({ sellers: [part({})], transfer_lines: new Map([["tr_a", 6210]]) })
    expect(checkSeparateCharge({ ...facts, sellers: [...facts.sellers, nothing] })).toEqual([])
  })

  it("should raise platform_share_mismatch for a transfer from the charge the split does not know, and ignore restores", () => {
    const extra = charge({
      transfer_lines: new Map([
        ["tr_a", 6210],
        ["tr_b", 3105],
        ["tr_dashboard", 100],
      ]),
    })
    expect(checkSeparateCharge(extra)).toEqual([
      expect.objectContaining({
        dedup_key: "platform_share_mismatch:scpay_1",
        reason: "platform_share_mismatch",
        record_kind: "payment",
        record_id: "scpay_1",
        expected_amount: 2185,
        actual_amount: 2085,
      }),
    ])
    const restored = charge({
      sellers: [part({ restore_transfer_id: "tr_restore" }), charge().sellers[1]],
      transfer_lines: new Map([...charge().transfer_lines, ["tr_restore", 500]]),
    })
    expect(checkSeparateCharge(restored)).toEqual([])
  })
})

describe("checkOrderTotal", () => {
  const facts = { order_id: "order_1", currency: "usd", order_total: 2500 }

  it("should agree when the order's charges add up to its total, over several payments", () => {
    expect(checkOrderTotal({ ...facts, charges: [{ payment_id: "scpay_1", amount: 2500 }] })).toEqual([])
    const split = [
      { payment_id: "scpay_1", amount: 1000 },
      { payment_id: "scpay_2", amount: 1500 },
    ]
    expect(checkOrderTotal({ ...facts, charges: split })).toEqual([])
  })

  it("should raise order_total_mismatch once per order when they differ, and not check an order nothing charged", () => {
    expect(checkOrderTotal({ ...facts, charges: [{ payment_id: "scpay_1", amount: 2400 }] })).toEqual([
      {
        dedup_key: "order_total_mismatch:order_1",
        reason: "order_total_mismatch",
        balance_transaction_id: null,
        record_kind: "order",
        record_id: "order_1",
        order_id: "order_1",
        stripe_account_id: null,
        currency: "usd",
        expected_amount: 2500,
        actual_amount: 2400,
      },
    ])
    expect(checkOrderTotal({ ...facts, charges: [] })).toEqual([])
  })
})
