import type Stripe from "stripe"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { toPaymentSessionStatus } from "../payment-status"
import { toCheckoutWebhookAction } from "../webhook-action"
import { feeForAmount, readPreparedSession } from "../prepared-session"
import type { PreparedCheckoutSession } from "../../types"

const intent = (status: Stripe.PaymentIntent.Status, extra: Partial<Stripe.PaymentIntent> = {}) =>
  ({ status, last_payment_error: null, ...extra }) as Stripe.PaymentIntent

describe("toPaymentSessionStatus", () => {
  it("should map every payment intent status", () => {
    expect(toPaymentSessionStatus(intent("requires_payment_method"))).toBe(PaymentSessionStatus.PENDING)
    expect(
      toPaymentSessionStatus(
        intent("requires_payment_method", {
          last_payment_error: { type: "card_error" } as Stripe.PaymentIntent.LastPaymentError,
        })
      )
    ).toBe(PaymentSessionStatus.ERROR)
    expect(toPaymentSessionStatus(intent("requires_confirmation"))).toBe(PaymentSessionStatus.PENDING)
    expect(toPaymentSessionStatus(intent("processing"))).toBe(PaymentSessionStatus.PENDING)
    expect(toPaymentSessionStatus(intent("requires_action"))).toBe(PaymentSessionStatus.REQUIRES_MORE)
    expect(toPaymentSessionStatus(intent("requires_capture"))).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(toPaymentSessionStatus(intent("succeeded"))).toBe(PaymentSessionStatus.CAPTURED)
    expect(toPaymentSessionStatus(intent("canceled"))).toBe(PaymentSessionStatus.CANCELED)
  })
})

describe("toCheckoutWebhookAction", () => {
  const event = (type: string, extra: Partial<Stripe.PaymentIntent> = {}) =>
    ({
      type,
      data: {
        object: {
          object: "payment_intent",
          currency: "usd",
          amount: 2500,
          amount_capturable: 2500,
          amount_received: 2500,
          metadata: { session_id: "payses_1", medusa_plugin: "stripe-connect" },
          ...extra,
        },
      },
    }) as unknown as Stripe.Event

  it("should map the provider's intents to Medusa actions with major-unit amounts", () => {
    expect(toCheckoutWebhookAction(event("payment_intent.amount_capturable_updated"))).toEqual({
      action: PaymentActions.AUTHORIZED,
      data: { session_id: "payses_1", amount: "25" },
    })
    expect(toCheckoutWebhookAction(event("payment_intent.succeeded", { amount_received: 2550 }))).toEqual({
      action: PaymentActions.SUCCESSFUL,
      data: { session_id: "payses_1", amount: "25.5" },
    })
    expect(toCheckoutWebhookAction(event("payment_intent.payment_failed")).action).toBe(PaymentActions.FAILED)
    expect(toCheckoutWebhookAction(event("payment_intent.canceled")).action).toBe(PaymentActions.CANCELED)
    expect(toCheckoutWebhookAction(event("payment_intent.requires_action")).action).toBe(PaymentActions.REQUIRES_MORE)
  })

  it("should not support intents without a Medusa session, other plugins' intents, or other objects", () => {
    expect(toCheckoutWebhookAction(event("payment_intent.succeeded", { metadata: {} })).action).toBe(
      PaymentActions.NOT_SUPPORTED
    )
    expect(
      toCheckoutWebhookAction(event("payment_intent.succeeded", { metadata: { session_id: "payses_1" } })).action
    ).toBe(PaymentActions.NOT_SUPPORTED)
    expect(toCheckoutWebhookAction(event("charge.refunded")).action).toBe(PaymentActions.NOT_SUPPORTED)
    expect(toCheckoutWebhookAction(event("payment_intent.created")).action).toBe(PaymentActions.NOT_SUPPORTED)
  })

  it("should convert zero-decimal amounts as whole units", () => {
    expect(
      toCheckoutWebhookAction(event("payment_intent.succeeded", { currency: "jpy", amount_received: 5000 })).data
        ?.amount
    ).toBe("5000")
  })
})

describe("prepared session", () => {
  const prepared: PreparedCheckoutSession = {
    account_id: "acct_1",
    merchant_id: "m1",
    currency: "usd",
    application_fee_amount: 103,
    fee_basis_amount: 2500,
    fee_percent: 2.9,
    fee_fixed: 30,
    transfer_group: "cart_1",
    cart_id: "cart_1",
  }

  it("should read the prepared block and refuse a session without one", () => {
    expect(readPreparedSession({ stripe_connect: prepared })).toEqual(prepared)
    expect(() => readPreparedSession({ application_fee_amount: 0, account_id: "acct_1" })).toThrow(
      "prepared by the server"
    )
    expect(() => readPreparedSession(undefined)).toThrow("prepared by the server")
  })

  it("should keep the prepared fee for its amount and apply the rate to another amount", () => {
    expect(feeForAmount(prepared, 2500, "usd")).toBe(103)
    expect(feeForAmount(prepared, 5000, "usd")).toBe(175) // 145 + 30
    expect(feeForAmount(prepared, 10, "usd")).toBe(10)
  })

  it("should scale an explicit fee with the amount", () => {
    expect(
      feeForAmount({ ...prepared, fee_percent: null, fee_fixed: null, application_fee_amount: 75 }, 1250, "usd")
    ).toBe(38)
  })
})
