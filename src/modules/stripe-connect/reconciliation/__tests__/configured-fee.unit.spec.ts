import type { FeeBasis, FeeConfigurationDocument } from "../../../../shared/types/fees"
import { configuredPaymentFee, configuredSellerFee } from "../configured-fee"
import { checkSeparateCharge, type SellerPartFacts } from "../check-separate-charge"
import { matchLedgerLine } from "../match-ledger-line"
import type { MatchableLine, MatchContext, PaymentFacts } from "../types"

const doc = (percent: number, fields: Partial<FeeConfigurationDocument> = {}): FeeConfigurationDocument => ({
  default_fee_percent: percent,
  default_fee_fixed: 0,
  fee_tiers: [],
  per_merchant_overrides: [],
  ...fields,
})

/** Version 1: 3 %; version 2: 5 % with a 10 % tier from 1,000 and a 1 % override for merchant_vip. */
const versions = new Map([
  ["scfeech_v1", doc(3)],
  [
    "scfeech_v2",
    doc(5, {
      fee_tiers: [{ volume_min: 1000, volume_max: null, fee_percent: 10, fee_fixed: 0 }],
      per_merchant_overrides: [{ merchant_id: "merchant_vip", fee_percent: 1, fee_fixed: 0, reason: null }],
    }),
  ],
])

const basis = (fields: Partial<FeeBasis> = {}): FeeBasis => ({
  source: "default",
  scope: "*",
  configuration_change_id: "scfeech_v1",
  monthly_volume: 0,
  ...fields,
})

describe("configuredPaymentFee", () => {
  const payment = (fee_basis: FeeBasis | null, merchant_id = "merchant_a") => ({
    amount: 10_000,
    currency: "usd",
    merchant_id,
    fee_basis,
  })

  it("should work the fee out from the version the payment names, not from a later one", () => {
    expect(configuredPaymentFee(payment(basis()), versions)).toBe(300)
    expect(configuredPaymentFee(payment(basis({ configuration_change_id: "scfeech_v2" })), versions)).toBe(500)
  })

  it("should use the monthly volume kept with the payment for tiers, and the merchant's override", () => {
    const v2 = { configuration_change_id: "scfeech_v2" }
    expect(configuredPaymentFee(payment(basis({ ...v2, monthly_volume: 100_000 })), versions)).toBe(1000)
    expect(configuredPaymentFee(payment(basis({ ...v2, monthly_volume: 99_999 })), versions)).toBe(500)
    expect(configuredPaymentFee(payment(basis(v2), "merchant_vip"), versions)).toBe(100)
  })

  it("should give no fee when no configuration was saved, and null when it cannot be known", () => {
    expect(configuredPaymentFee(payment(basis({ scope: null, configuration_change_id: null })), versions)).toBe(0)
    expect(configuredPaymentFee(payment(null), versions)).toBeNull()
    expect(configuredPaymentFee(payment(basis({ source: "explicit" })), versions)).toBeNull()
    expect(configuredPaymentFee(payment(basis({ configuration_change_id: null })), versions)).toBeNull()
    expect(configuredPaymentFee(payment(basis({ configuration_change_id: "scfeech_gone" })), versions)).toBeNull()
  })
})

describe("configuredSellerFee", () => {
  const seller = (fields: Partial<Parameters<typeof configuredSellerFee>[0]> = {}) => ({
    charged_amount: 7000,
    tax_kept_amount: 0,
    currency: "usd",
    merchant_id: "merchant_a",
    fee_basis: basis(),
    ...fields,
  })

  it("should compute the seller's fee on its share of the charge, rounded to the currency's step", () => {
    expect(configuredSellerFee(seller(), versions)).toBe(210)
    // KWD: 3 % of 7,005 is 210.15, rounded to a multiple of 10; the part's payable amount is 7,000.
    expect(configuredSellerFee(seller({ currency: "kwd", charged_amount: 7005 }), versions)).toBe(210)
  })

  it("should keep the fee within what the part leaves after the tax the platform keeps", () => {
    const all = basis({ configuration_change_id: "scfeech_all" })
    const everything = new Map([...versions, ["scfeech_all", doc(100)]])
    expect(configuredSellerFee(seller({ fee_basis: all, tax_kept_amount: 700 }), everything)).toBe(6300)
  })
})

describe("fee_configuration_mismatch", () => {
  const feeLine: MatchableLine = {
    balance_transaction_id: "txn_fee",
    stripe_account_id: null,
    type: "application_fee",
    amount: 75,
    currency: "usd",
    source_id: "fee_1",
    source_type: "application_fee",
    source_link_id: "ch_1",
  }
  const context = (payment: PaymentFacts): MatchContext => ({
    paymentsByCharge: new Map([["ch_1", payment]]),
    paymentsByIntent: new Map(),
    paymentsByApplicationFee: new Map([["fee_1", payment]]),
    refunds: new Map(),
    transfers: new Map(),
    sellerTransfers: new Map(),
    disputes: new Map(),
    payouts: new Map(),
    chargeOfTransfer: new Map(),
    transferOfReversal: new Map(),
  })
  const payment = (fields: Partial<PaymentFacts>): PaymentFacts => ({
    id: "scpay_1",
    order_id: "order_1",
    amount: 2500,
    amount_captured: 2500,
    application_fee_amount: 75,
    ...fields,
  })

  it("should raise it for a fee that agrees with the recorded fee but not with the configuration then", () => {
    const result = matchLedgerLine(feeLine, context(payment({ configured_fee: 125 })))
    expect(result.match).toEqual({ kind: "application_fee", record_id: "scpay_1", order_id: "order_1" })
    expect(result.mismatches).toEqual([
      expect.objectContaining({
        reason: "fee_configuration_mismatch",
        dedup_key: "fee_configuration_mismatch:txn_fee",
        record_kind: "payment",
        record_id: "scpay_1",
        expected_amount: 125,
        actual_amount: 75,
      }),
    ])
  })

  it("should raise nothing when the fee is the configuration's (scaled for a partial capture) or cannot be known", () => {
    expect(matchLedgerLine(feeLine, context(payment({ configured_fee: 75 }))).mismatches).toEqual([])
    expect(matchLedgerLine(feeLine, context(payment({ configured_fee: null }))).mismatches).toEqual([])
    const partial = payment({ amount: 5000, amount_captured: 2500, application_fee_amount: 150, configured_fee: 150 })
    expect(matchLedgerLine(feeLine, context(partial)).mismatches).toEqual([])
  })

  it("should raise it for each seller of a multi-seller charge whose platform fee differs from its configuration", () => {
    const part = (fields: Partial<SellerPartFacts>): SellerPartFacts => ({
      id: "scst_a",
      stripe_account_id: "acct_a",
      status: "transferred",
      transfer_amount: 6300,
      transfer_id: "tr_a",
      restore_transfer_id: null,
      fee_amount: 700,
      configured_fee: 700,
      ...fields,
    })
    const found = checkSeparateCharge({
      payment_id: "scpay_2",
      order_id: "order_2",
      currency: "usd",
      amount_captured: 11_500,
      charge_line_amount: 11_500,
      sellers: [
        part({}),
        part({
          id: "scst_b",
          stripe_account_id: "acct_b",
          transfer_id: "tr_b",
          transfer_amount: 4050,
          fee_amount: 450,
          configured_fee: 225,
        }),
        part({
          id: "scst_c",
          stripe_account_id: "acct_c",
          status: "planned",
          transfer_id: null,
          transfer_amount: 0,
          configured_fee: 1,
        }),
      ],
      transfer_lines: new Map([
        ["tr_a", 6300],
        ["tr_b", 4050],
      ]),
    })
    expect(found.filter((m) => m.reason === "fee_configuration_mismatch")).toEqual([
      expect.objectContaining({
        dedup_key: "fee_configuration_mismatch:scst_b",
        record_kind: "seller_transfer",
        record_id: "scst_b",
        stripe_account_id: "acct_b",
        expected_amount: 225,
        actual_amount: 450,
      }),
    ])
  })
})
