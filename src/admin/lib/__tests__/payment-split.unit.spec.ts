import { summarizePayments } from "../payment-split"
import type { PaymentDocument } from "../types"

const payment = (overrides: Partial<PaymentDocument>): PaymentDocument => ({
  id: "scpay_1",
  payment_intent_id: "pi_1",
  account_id: "acct_1",
  merchant_id: "m_1",
  order_id: "order_1",
  source: "admin",
  status: "requires_capture",
  currency: "usd",
  amount: 2500,
  amount_capturable: 2500,
  amount_captured: 0,
  amount_refunded: 0,
  application_fee: 75,
  application_fee_collected: 0,
  application_fee_refunded: 0,
  fee_kept: 0,
  destination_amount: 2425,
  customer_email: null,
  transfer_group: null,
  failure_code: null,
  failure_message: null,
  captured_at: null,
  metadata: null,
  created_at: "2026-11-23T10:00:00.000Z",
  updated_at: "2026-11-23T10:00:00.000Z",
  ...overrides,
})

describe("summarizePayments", () => {
  it("should show the requested fee and the merchant's share before capture", () => {
    expect(summarizePayments([payment({})])).toEqual([
      {
        currency: "usd",
        amount: 2500,
        platform_fee: 75,
        merchant_share: 2425,
        captured: 0,
        refunded: 0,
        capturable: 2500,
      },
    ])
  })

  it("should use what was captured and the fee kept after a partial capture and refund", () => {
    const [split] = summarizePayments([
      payment({
        status: "succeeded",
        amount_capturable: 0,
        amount_captured: 1250,
        application_fee_collected: 38,
        application_fee_refunded: 6,
        fee_kept: 32,
        amount_refunded: 200,
      }),
    ])
    expect(split).toEqual(
      expect.objectContaining({ captured: 1250, refunded: 200, platform_fee: 32, merchant_share: 1250 - 200 - 32 })
    )
  })

  it("should add payments per currency and leave canceled ones out", () => {
    const splits = summarizePayments([
      payment({ payment_intent_id: "pi_1" }),
      payment({ payment_intent_id: "pi_2", amount: 1000, application_fee: 30, amount_capturable: 1000 }),
      payment({ payment_intent_id: "pi_3", currency: "jpy", amount: 500, application_fee: 15, amount_capturable: 500 }),
      payment({ payment_intent_id: "pi_4", status: "canceled", amount: 9999 }),
    ])
    expect(splits.map((split) => [split.currency, split.amount, split.platform_fee])).toEqual([
      ["usd", 3500, 105],
      ["jpy", 500, 15],
    ])
  })
})
