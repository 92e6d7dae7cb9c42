import { toPaymentDocument } from "../serializers"

describe("toPaymentDocument", () => {
  const stored: Parameters<typeof toPaymentDocument>[0] = {
    id: "scpay_1",
    payment_intent_id: "pi_1",
    stripe_account_id: "acct_1",
    merchant_id: "m1",
    split: null,
    source: "admin",
    order_id: null,
    payment_session_id: null,
    currency: "usd",
    amount: 2500,
    application_fee_amount: 75,
    fee_basis: null,
    amount_capturable: 0,
    amount_captured: 0,
    amount_refunded: 0,
    application_fee_id: null,
    application_fee_collected: 0,
    application_fee_refunded: 0,
    status: "requires_payment_method",
    latest_charge_id: null,
    transfer_group: null,
    customer_email: null,
    failure_code: null,
    failure_message: null,
    captured_at: null,
    dispute_status: null,
    split_checked_at: null,
    metadata: null,
    created_at: new Date(0),
    updated_at: new Date(0),
    deleted_at: null,
  }

  it("should show amount minus the requested fee before capture", () => {
    expect(toPaymentDocument(stored)).toEqual(
      expect.objectContaining({
        account_id: "acct_1",
        split: null,
        application_fee: 75,
        fee_kept: 0,
        destination_amount: 2425,
      })
    )
  })

  it("should show a charge of several sellers without an account and with nothing sent by destination", () => {
    const document = toPaymentDocument({
      ...stored,
      stripe_account_id: null,
      merchant_id: null,
      split: "separate_charges",
      application_fee_amount: 0,
      amount_captured: 2500,
    })
    expect(document).toEqual(
      expect.objectContaining({ account_id: null, merchant_id: null, split: "separate_charges", destination_amount: 0 })
    )
  })

  it("should show what was captured, collected and returned after a partial capture and refund", () => {
    const document = toPaymentDocument({
      ...stored,
      amount_captured: 1250,
      application_fee_collected: 38,
      application_fee_refunded: 6,
      amount_refunded: 200,
    })
    expect(document).toEqual(expect.objectContaining({ fee_kept: 32, destination_amount: 1212, amount_refunded: 200 }))
  })
})
