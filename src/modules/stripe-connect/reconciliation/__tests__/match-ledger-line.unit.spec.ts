import { matchLedgerLine } from "../match-ledger-line"
import { expectedApplicationFee } from "../expected-application-fee"
import { isLineOverdue, missingLineMismatch } from "../mismatch-candidate"
import type { MatchableLine, MatchContext, PaymentFacts } from "../types"

const payment: PaymentFacts = {
  id: "scpay_1",
  order_id: "order_1",
  amount: 2500,
  amount_captured: 2500,
  application_fee_amount: 75,
}

const seller = { id: "scst_1", order_id: "order_3", stripe_account_id: "acct_s", transfer_amount: 6210 }

const context = (overrides: Partial<MatchContext> = {}): MatchContext => ({
  paymentsByCharge: new Map([["ch_1", payment]]),
  paymentsByIntent: new Map([["pi_1", payment]]),
  paymentsByApplicationFee: new Map([["fee_1", payment]]),
  refunds: new Map([["re_1", { id: "scref_1", amount: 500, order_id: "order_1" }]]),
  transfers: new Map([["tr_manual", { id: "sctr_1", amount: 1000, order_id: "order_2" }]]),
  sellerTransfers: new Map([
    ["tr_seller", { ...seller, restore: false }],
    ["tr_restore", { ...seller, restore: true }],
  ]),
  disputes: new Map([["dp_1", { id: "scdp_1", order_id: "order_1" }]]),
  payouts: new Map([["po_manual", { id: "scpo_1" }]]),
  chargeOfTransfer: new Map([["tr_dest", "ch_1"]]),
  transferOfReversal: new Map([["trr_1", "tr_dest"]]),
  ...overrides,
})

const line = (fields: Partial<MatchableLine>): MatchableLine => ({
  balance_transaction_id: "txn_1",
  stripe_account_id: null,
  type: "charge",
  amount: 2500,
  currency: "usd",
  source_id: "ch_1",
  source_type: "charge",
  source_link_id: "pi_1",
  ...fields,
})

describe("matchLedgerLine", () => {
  it("should match a platform charge to its payment and order", () => {
    expect(matchLedgerLine(line({}), context())).toEqual({
      match: { kind: "payment", record_id: "scpay_1", order_id: "order_1" },
      mismatches: [],
    })
  })

  it("should find the payment by payment intent when the charge id is not the one recorded", () => {
    expect(matchLedgerLine(line({ source_id: "ch_other" }), context()).match?.record_id).toBe("scpay_1")
  })

  it("should raise unknown_charge for a charge no payment explains", () => {
    const result = matchLedgerLine(line({ source_id: "ch_x", source_link_id: "pi_x", amount: 999 }), context())
    expect(result.match).toBeNull()
    expect(result.mismatches).toEqual([
      expect.objectContaining({
        reason: "unknown_charge",
        dedup_key: "unknown_charge:txn_1",
        actual_amount: 999,
        expected_amount: null,
      }),
    ])
  })

  it("should raise amount_mismatch when the charge differs from the amount captured, and still match", () => {
    const result = matchLedgerLine(line({ amount: 2400 }), context())
    expect(result.match?.kind).toBe("payment")
    expect(result.mismatches).toEqual([
      expect.objectContaining({
        reason: "amount_mismatch",
        record_id: "scpay_1",
        order_id: "order_1",
        expected_amount: 2500,
        actual_amount: 2400,
      }),
    ])
  })

  it("should match an application fee equal to the decided fee, and raise fee_mismatch when one cent off", () => {
    const fee = line({
      type: "application_fee",
      source_type: "application_fee",
      source_id: "fee_1",
      source_link_id: "ch_1",
      amount: 75,
    })
    expect(matchLedgerLine(fee, context())).toEqual({
      match: { kind: "application_fee", record_id: "scpay_1", order_id: "order_1" },
      mismatches: [],
    })
    expect(matchLedgerLine({ ...fee, amount: 74 }, context()).mismatches).toEqual([
      expect.objectContaining({
        reason: "fee_mismatch",
        expected_amount: 75,
        actual_amount: 74,
        dedup_key: "fee_mismatch:txn_1",
      }),
    ])
  })

  it("should match a fee refund through its fee", () => {
    const refund = line({
      type: "application_fee_refund",
      source_type: "fee_refund",
      source_id: "fr_1",
      source_link_id: "fee_1",
      amount: -15,
    })
    expect(matchLedgerLine(refund, context()).match).toEqual({
      kind: "application_fee_refund",
      record_id: "scpay_1",
      order_id: "order_1",
    })
  })

  it("should match a recorded refund, and raise refund_not_recorded with the payment's order for one not recorded", () => {
    const refund = line({
      type: "refund",
      source_type: "refund",
      source_id: "re_1",
      source_link_id: "ch_1",
      amount: -500,
    })
    expect(matchLedgerLine(refund, context()).match).toEqual({
      kind: "refund",
      record_id: "scref_1",
      order_id: "order_1",
    })
    const unrecorded = matchLedgerLine({ ...refund, source_id: "re_2", amount: -300 }, context())
    expect(unrecorded.match).toBeNull()
    expect(unrecorded.mismatches).toEqual([
      expect.objectContaining({
        reason: "refund_not_recorded",
        record_kind: "payment",
        record_id: "scpay_1",
        order_id: "order_1",
        actual_amount: 300,
      }),
    ])
  })

  it("should match a multi-seller charge's refund its seller split accounts for, and raise one it does not", () => {
    const split = { ...payment, id: "scpay_2", amount_refunded: 950, split_refunded: 950 }
    const refund = line({
      type: "refund",
      source_type: "refund",
      source_id: "re_x",
      source_link_id: "ch_2",
      amount: -950,
    })
    const ctx = context({ paymentsByCharge: new Map([["ch_2", split]]) })
    expect(matchLedgerLine(refund, ctx)).toEqual({
      match: { kind: "refund", record_id: "scpay_2", order_id: "order_1" },
      mismatches: [],
    })
    const ahead = context({ paymentsByCharge: new Map([["ch_2", { ...split, amount_refunded: 1950 }]]) })
    expect(matchLedgerLine(refund, ahead).mismatches).toEqual([
      expect.objectContaining({ reason: "refund_not_recorded", record_id: "scpay_2" }),
    ])
  })

  it("should match a connected account's destination payment and its refund back to the platform charge", () => {
    const py = line({ stripe_account_id: "acct_1", type: "payment", source_id: "py_1", source_link_id: "tr_dest" })
    expect(matchLedgerLine(py, context()).match).toEqual({ kind: "payment", record_id: "scpay_1", order_id: "order_1" })
    const pyr = line({
      stripe_account_id: "acct_1",
      type: "payment_refund",
      source_type: "refund",
      source_id: "pyr_1",
      source_link_id: "trr_1",
      amount: -400,
    })
    expect(matchLedgerLine(pyr, context())).toEqual({
      match: { kind: "transfer_reversal", record_id: "scpay_1", order_id: "order_1" },
      mismatches: [],
    })
  })

  it("should match transfers to the plugin's transfer record, or to the destination charge they belong to", () => {
    const manual = line({
      type: "transfer",
      source_type: "transfer",
      source_id: "tr_manual",
      source_link_id: null,
      amount: -1000,
    })
    expect(matchLedgerLine(manual, context()).match).toEqual({
      kind: "transfer",
      record_id: "sctr_1",
      order_id: "order_2",
    })
    expect(matchLedgerLine({ ...manual, amount: -900 }, context()).mismatches).toEqual([
      expect.objectContaining({
        reason: "amount_mismatch",
        record_kind: "transfer",
        expected_amount: 1000,
        actual_amount: 900,
      }),
    ])
    const destination = line({
      type: "transfer",
      source_type: "transfer",
      source_id: "tr_dest",
      source_link_id: "ch_1",
      amount: -2500,
    })
    expect(matchLedgerLine(destination, context()).match).toEqual({
      kind: "transfer",
      record_id: "scpay_1",
      order_id: "order_1",
    })
    const reversal = line({
      type: "transfer_cancel",
      source_type: "transfer_reversal",
      source_id: "trr_1",
      source_link_id: "tr_manual",
      amount: 100,
    })
    expect(matchLedgerLine(reversal, context()).match).toEqual({
      kind: "transfer_reversal",
      record_id: "sctr_1",
      order_id: "order_2",
    })
  })

  it("should match a seller's transfer, its destination payment and reversal to the seller's part, and check its share", () => {
    const transfer = line({
      type: "transfer",
      source_type: "transfer",
      source_id: "tr_seller",
      source_link_id: "ch_1",
      amount: -6210,
    })
    const toSeller = { kind: "transfer", record_id: "scst_1", order_id: "order_3" }
    expect(matchLedgerLine(transfer, context())).toEqual({ match: toSeller, mismatches: [] })
    expect(matchLedgerLine({ ...transfer, amount: -6209 }, context())).toEqual({
      match: toSeller,
      mismatches: [
        expect.objectContaining({
          reason: "amount_mismatch",
          record_kind: "seller_transfer",
          record_id: "scst_1",
          order_id: "order_3",
          expected_amount: 6210,
          actual_amount: 6209,
        }),
      ],
    })
    // A won dispute's restore transfer gives back a reversal: it is the seller's, not its share.
    expect(matchLedgerLine({ ...transfer, source_id: "tr_restore", amount: -500 }, context()).mismatches).toEqual([])
    const received = line({
      stripe_account_id: "acct_s",
      source_type: "charge",
      source_id: "py_1",
      source_link_id: "tr_seller",
      amount: 6210,
    })
    expect(matchLedgerLine(received, context()).match).toEqual({ ...toSeller, kind: "payment" })
    const reversal = line({
      type: "transfer_cancel",
      source_type: "transfer_reversal",
      source_id: "trr_2",
      source_link_id: "tr_seller",
      amount: 300,
    })
    expect(matchLedgerLine(reversal, context()).match).toEqual({ ...toSeller, kind: "transfer_reversal" })
  })

  it("should match disputes and payouts, and count Stripe's own lines as explained", () => {
    const dispute = line({
      type: "adjustment",
      source_type: "dispute",
      source_id: "dp_1",
      source_link_id: "ch_1",
      amount: -2500,
    })
    expect(matchLedgerLine(dispute, context()).match).toEqual({
      kind: "dispute",
      record_id: "scdp_1",
      order_id: "order_1",
    })
    const manual = line({
      type: "payout",
      source_type: "payout",
      source_id: "po_manual",
      source_link_id: null,
      amount: -1000,
    })
    expect(matchLedgerLine(manual, context()).match).toEqual({ kind: "payout", record_id: "scpo_1", order_id: null })
    expect(matchLedgerLine({ ...manual, source_id: "po_auto" }, context()).match).toEqual({
      kind: "payout",
      record_id: null,
      order_id: null,
    })
    const topup = line({ type: "topup", source_type: "topup", source_id: "tu_1", source_link_id: null })
    expect(matchLedgerLine(topup, context()).match).toEqual({ kind: "stripe", record_id: null, order_id: null })
  })

  it("should leave a transfer nothing explains unmatched, without a mismatch of its own", () => {
    const orphan = line({
      type: "transfer",
      source_type: "transfer",
      source_id: "tr_x",
      source_link_id: "ch_x",
      amount: -100,
    })
    expect(matchLedgerLine(orphan, context())).toEqual({ match: null, mismatches: [] })
  })
})

describe("expectedApplicationFee", () => {
  it("should be the decided fee for a full capture and its proportional share for a partial one", () => {
    expect(expectedApplicationFee(payment)).toBe(75)
    expect(expectedApplicationFee({ ...payment, amount_captured: 1000 })).toBe(30)
  })
})

describe("missing lines", () => {
  it("should count a record overdue once the ledger holds lines an hour newer than it", () => {
    const at = new Date("2026-12-01T10:00:00Z")
    expect(isLineOverdue(at, null)).toBe(false)
    expect(isLineOverdue(at, new Date("2026-12-01T10:59:59Z"))).toBe(false)
    expect(isLineOverdue(at, new Date("2026-12-01T11:00:00Z"))).toBe(true)
  })

  it("should key a missing line's mismatch by the record, so it is raised once", () => {
    const record = {
      record_kind: "refund" as const,
      record_id: "scref_9",
      order_id: null,
      stripe_account_id: null,
      currency: "usd",
      amount: 500,
    }
    expect(missingLineMismatch(record)).toEqual(
      expect.objectContaining({
        dedup_key: "missing_stripe_line:refund:scref_9",
        reason: "missing_stripe_line",
        expected_amount: 500,
        actual_amount: null,
      })
    )
  })
})
