import type Stripe from "stripe"
import { sourceLinkOf, sourceTypeOf, toLedgerLine } from "../ledger-line"

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
      source_link_id: null,
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

describe("sourceLinkOf", () => {
  const source = (fields: Record<string, unknown>) => fields as unknown as Parameters<typeof sourceLinkOf>[0]

  it.each([
    ["a platform charge: its payment intent", { object: "charge", id: "ch_1", payment_intent: "pi_1" }, "pi_1"],
    ["a destination payment: its transfer", { object: "charge", id: "py_1", source_transfer: "tr_1" }, "tr_1"],
    ["a refund: its charge", { object: "refund", id: "re_1", charge: "ch_1", source_transfer_reversal: null }, "ch_1"],
    [
      "a destination payment's refund: its reversal",
      { object: "refund", id: "pyr_1", charge: "py_1", source_transfer_reversal: "trr_1" },
      "trr_1",
    ],
    ["a transfer: its source charge", { object: "transfer", id: "tr_1", source_transaction: "ch_1" }, "ch_1"],
    ["a reversal: its transfer", { object: "transfer_reversal", id: "trr_1", transfer: { id: "tr_1" } }, "tr_1"],
    ["an application fee: its charge", { object: "application_fee", id: "fee_1", charge: "ch_1" }, "ch_1"],
    ["a fee refund: its fee", { object: "fee_refund", id: "fr_1", fee: "fee_1" }, "fee_1"],
    ["a payout: nothing", { object: "payout", id: "po_1" }, null],
  ])("should follow %s", (_what, fields, expected) => {
    expect(sourceLinkOf(source(fields))).toBe(expected)
  })

  it("should store the link of an expanded source on the line", () => {
    const expanded = txn({
      source: { object: "transfer", id: "tr_9", source_transaction: "ch_9" } as unknown as Stripe.Transfer,
    })
    expect(toLedgerLine(expanded, null)).toMatchObject({
      source_id: "tr_9",
      source_type: "transfer",
      source_link_id: "ch_9",
    })
  })
})
