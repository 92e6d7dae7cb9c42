import { buildMoneyTrail, type MoneyTrailInput, type TrailLine, type TrailPayment } from "../build-money-trail"

const destination: TrailPayment = {
  id: "scpay_1",
  payment_intent_id: "pi_1",
  latest_charge_id: "ch_1",
  stripe_account_id: "acct_a",
  split: null,
  currency: "usd",
  amount: 2500,
  amount_captured: 2500,
  amount_refunded: 0,
  application_fee_collected: 75,
  captured_at: new Date("2026-12-01T10:00:00Z"),
}

const line = (fields: Partial<TrailLine>): TrailLine => ({
  balance_transaction_id: "txn_x",
  stripe_account_id: null,
  type: "charge",
  amount: 0,
  fee: 0,
  source_id: null,
  source_type: null,
  source_link_id: null,
  payout_id: null,
  ...fields,
})

const input = (fields: Partial<MoneyTrailInput>): MoneyTrailInput => ({
  payments: [destination],
  sellers: [],
  lines: [],
  payouts: [],
  platform_visible: true,
  ...fields,
})

describe("buildMoneyTrail", () => {
  const destinationLines = [
    line({ balance_transaction_id: "txn_ch", amount: 2500, fee: 103, source_id: "ch_1", source_type: "charge" }),
    line({
      balance_transaction_id: "txn_tr",
      type: "transfer",
      amount: -2500,
      source_id: "tr_1",
      source_type: "transfer",
      source_link_id: "ch_1",
    }),
    line({
      balance_transaction_id: "txn_fee",
      type: "application_fee",
      amount: 75,
      source_id: "fee_1",
      source_type: "application_fee",
      source_link_id: "ch_1",
    }),
    line({
      balance_transaction_id: "txn_py",
      stripe_account_id: "acct_a",
      amount: 2500,
      source_id: "py_1",
      source_type: "charge",
      source_link_id: "tr_1",
      payout_id: "po_1",
    }),
  ]

  it("should follow a destination charge through its fee and transfer to the payout that arrived", () => {
    const [charge] = buildMoneyTrail(
      input({
        lines: destinationLines,
        payouts: [{ payout_id: "po_1", amount: 2425, status: "paid", arrival_date: "2026-12-03" }],
      })
    )
    expect(charge).toMatchObject({
      charge_id: "ch_1",
      balance_transaction_id: "txn_ch",
      stripe_fee: 103,
      captured_at: "2026-12-01T10:00:00.000Z",
      fee: { kind: "application_fee", amount: 75, balance_transaction_id: "txn_fee" },
      transfers: [
        {
          transfer_id: "tr_1",
          account_id: "acct_a",
          kind: "destination",
          amount: 2500,
          amount_reversed: 0,
          balance_transaction_id: "txn_tr",
          payout: { payout_id: "po_1", amount: 2425, status: "paid", arrival_date: "2026-12-03", arrived: true },
        },
      ],
    })
  })

  it("should show steps not in the ledger yet as such, and hide the platform's figures from a merchant", () => {
    const [early] = buildMoneyTrail(input({}))
    expect(early).toMatchObject({ balance_transaction_id: null, stripe_fee: null, transfers: [] })
    expect(early.fee).toEqual({ kind: "application_fee", amount: 75, balance_transaction_id: null })
    const [scoped] = buildMoneyTrail(input({ lines: destinationLines, platform_visible: false }))
    expect(scoped).toMatchObject({ fee: null, stripe_fee: null })
    expect(scoped.transfers[0].payout).toMatchObject({ payout_id: "po_1", status: null, arrived: false })
  })

  it("should give a multi-seller charge one transfer per seller and the charge minus the transfers made as fee", () => {
    const split: TrailPayment = { ...destination, split: "separate_charges", stripe_account_id: null, amount: 11500 }
    const [charge] = buildMoneyTrail(
      input({
        payments: [{ ...split, amount_captured: 11500 }],
        sellers: [
          {
            id: "scst_a",
            payment_intent_id: "pi_1",
            stripe_account_id: "acct_a",
            transfer_id: "tr_a",
            transfer_amount: 6300,
            amount_reversed: 0,
            status: "transferred",
          },
          {
            id: "scst_b",
            payment_intent_id: "pi_1",
            stripe_account_id: "acct_b",
            transfer_id: null,
            transfer_amount: 4050,
            amount_reversed: 0,
            status: "transfer_failed",
          },
        ],
        lines: [line({ balance_transaction_id: "txn_tra", amount: -6300, source_id: "tr_a", source_type: "transfer" })],
      })
    )
    expect(charge.fee).toEqual({ kind: "platform_share", amount: 11500 - 6300, balance_transaction_id: null })
    expect(
      charge.transfers.map((t) => [t.seller_transfer_id, t.transfer_id, t.balance_transaction_id, t.status])
    ).toEqual([
      ["scst_a", "tr_a", "txn_tra", "transferred"],
      ["scst_b", null, null, "transfer_failed"],
    ])
  })
})
