import type Stripe from "stripe"
import { sourceTypeOf, toLedgerLine } from "../ledger-line"

const txn = (overrides: Partial<Stripe.BalanceTransaction>): Stripe.BalanceTransaction =>
  ({
    id: "txn_1",
    object: "balance_transaction",
    amount: 2500,
    available_on: 1_800_172_800,
    balance_type: "payments",
    created: 1_800_000_000,
    currency: "usd",
    description: null,
    exchange_rate: null,
    fee: 75,
    fee_details: [],
    net: 2425,
    reporting_category: "charge",
    source: "py_1",
    status: "pending",
    type: "payment",
    ...overrides,
  }) as Stripe.BalanceTransaction

describe("toLedgerLine", () => {
  it("should keep Stripe's amounts, category and times, with the source's type from its id", () => {
    expect(toLedgerLine(txn({}), "acct_1")).toEqual({
      balance_transaction_id: "txn_1",
      stripe_account_id: "acct_1",
      type: "payment",
      reporting_category: "charge",
      amount: 2500,
      fee: 75,
      net: 2425,
      currency: "usd",
      exchange_rate: null,
      source_id: "py_1",
      source_type: "charge",
      payout_id: null,
      available_on: new Date(1_800_172_800_000),
      created: new Date(1_800_000_000_000),
      status: "pending",
    })
  })

  it("should give a payout's own line (and its failure) to that payout, and keep the exchange rate", () => {
    expect(toLedgerLine(txn({ type: "payout", source: "po_1", amount: -900, fee: 0, net: -900 }), null)).toMatchObject({
      stripe_account_id: null,
      source_type: "payout",
      payout_id: "po_1",
    })
    expect(toLedgerLine(txn({ type: "payout_failure", source: "po_1" }), null).payout_id).toBe("po_1")
    expect(toLedgerLine(txn({ exchange_rate: 0.9132 }), null).exchange_rate).toBe(0.9132)
  })

  it("should read the type of an expanded source from the object", () => {
    const source = { id: "ch_9", object: "charge" } as Stripe.Charge
    expect(toLedgerLine(txn({ type: "charge", source }), null)).toMatchObject({
      source_id: "ch_9",
      source_type: "charge",
    })
  })
})

describe("sourceTypeOf", () => {
  it.each([
    ["ch_1", "charge"],
    ["re_1", "refund"],
    ["pyr_1", "refund"],
    ["tr_1", "transfer"],
    ["trr_1", "transfer_reversal"],
    ["fee_1", "application_fee"],
    ["fr_1", "fee_refund"],
    ["po_1", "payout"],
    ["dp_1", "dispute"],
    ["xx_1", null],
    [null, null],
  ])("should map %s to %s", (id, type) => {
    expect(sourceTypeOf(id)).toBe(type)
  })
})
