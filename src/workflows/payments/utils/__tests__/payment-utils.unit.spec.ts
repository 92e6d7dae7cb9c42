import type Stripe from "stripe"
import { paymentMirrorFromStripe } from "../payment-mirror"
import { toStripeRefundReason } from "../stripe-refund-reason"

const intent = (overrides: Partial<Stripe.PaymentIntent> = {}) =>
  ({
    id: "pi_1",
    object: "payment_intent",
    status: "requires_capture",
    amount: 2500,
    currency: "usd",
    amount_capturable: 2500,
    latest_charge: null,
    transfer_group: "order_1",
    last_payment_error: null,
    ...overrides,
  }) as Stripe.PaymentIntent

describe("paymentMirrorFromStripe", () => {
  it("should read an authorized intent without a captured charge", () => {
    const charge = {
      id: "ch_1",
      captured: false,
      amount_captured: 0,
      amount_refunded: 0,
      application_fee: null,
      application_fee_amount: 75,
      created: 1,
    } as unknown as Stripe.Charge
    expect(paymentMirrorFromStripe(intent({ latest_charge: charge }))).toEqual(
      expect.objectContaining({
        status: "requires_capture",
        amount_capturable: 2500,
        amount_captured: 0,
        application_fee_collected: 0,
        latest_charge_id: "ch_1",
        captured_at: null,
      })
    )
  })

  it("should read captured, refunded and fee amounts from the expanded charge and fee", () => {
    const fee = { id: "fee_1", amount: 75, amount_refunded: 15 } as Stripe.ApplicationFee
    const charge = {
      id: "ch_1",
      captured: true,
      amount_captured: 2500,
      amount_refunded: 500,
      application_fee: fee,
      application_fee_amount: 75,
      created: 1_700_000_000,
    } as unknown as Stripe.Charge
    const now = new Date("2026-11-23T10:00:00Z")
    expect(
      paymentMirrorFromStripe(intent({ status: "succeeded", amount_capturable: 0, latest_charge: charge }), { now })
    ).toEqual(
      expect.objectContaining({
        status: "succeeded",
        amount_captured: 2500,
        amount_refunded: 500,
        application_fee_id: "fee_1",
        application_fee_collected: 75,
        application_fee_refunded: 15,
        captured_at: now,
      })
    )
  })

  it("should keep the first time it saw the payment captured", () => {
    const first = new Date("2026-10-31T23:59:00Z")
    const charge = {
      id: "ch_1",
      captured: true,
      amount_captured: 2500,
      amount_refunded: 0,
      application_fee: null,
      created: 1,
    } as unknown as Stripe.Charge
    const mirror = paymentMirrorFromStripe(intent({ status: "succeeded", latest_charge: charge }), {
      previousCapturedAt: first,
      now: new Date("2026-11-02T00:00:00Z"),
    })
    expect(mirror.captured_at).toEqual(first)
  })

  it("should keep the decline code of a failed payment", () => {
    const failed = intent({
      status: "requires_payment_method",
      last_payment_error: {
        type: "card_error",
        code: "card_declined",
        decline_code: "insufficient_funds",
        message: "Your card has insufficient funds.",
      } as Stripe.PaymentIntent.LastPaymentError,
    })
    expect(paymentMirrorFromStripe(failed)).toEqual(
      expect.objectContaining({
        failure_code: "insufficient_funds",
        failure_message: "Your card has insufficient funds.",
      })
    )
  })
})

describe("toStripeRefundReason", () => {
  it("should map the documented reason and Stripe's own, and drop unknown ones", () => {
    expect(toStripeRefundReason("customer_request")).toBe("requested_by_customer")
    expect(toStripeRefundReason("duplicate")).toBe("duplicate")
    expect(toStripeRefundReason("damaged_item")).toBeUndefined()
    expect(toStripeRefundReason(null)).toBeUndefined()
  })
})
