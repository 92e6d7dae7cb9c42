import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { paymentMirrorFromStripe, type PaymentMirror } from "../utils/payment-mirror"
import { writePaymentMirror } from "../utils/write-payment-mirror"
import type { PaymentRow } from "../../../modules/stripe-connect/types"

export type UpdatePaymentFromStripeStepInput = {
  payment_id: string
  /** The payment intent as Stripe answered it, with `latest_charge.application_fee` expanded. */
  intent: Stripe.PaymentIntent
  /**
   * The intent is the answer to a Stripe write that cannot be undone (a capture, a refund): the stored copy of it
   * stays when a later step fails, since Stripe's state does not go back either.
   */
  after_irreversible_write?: boolean
}

export type UpdatePaymentFromStripeStepOutput = {
  payment: PaymentRow
  previous_status: string
  /** This write moved the payment to succeeded (see `writePaymentMirror`). */
  succeeded_now: boolean
}

export const updatePaymentFromStripeStepId = "update-stripe-connect-payment-from-stripe"

/**
 * This step writes Stripe's view of a payment intent (status, captured, refunded and fee amounts) onto the stored
 * payment, unless the stored payment is already further on (a webhook handler stored a newer refund meanwhile):
 * then it returns the stored payment as it is. Compensation puts back the columns it changed, except after a write
 * that cannot be undone (`after_irreversible_write`).
 */
export const updatePaymentFromStripeStep = createStep(
  updatePaymentFromStripeStepId,
  async (input: UpdatePaymentFromStripeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const previous = await service.retrieveStripeConnectPayment(input.payment_id)
    const mirror = paymentMirrorFromStripe(input.intent, { previousCapturedAt: previous.captured_at })
    const snapshot = Object.fromEntries(
      (Object.keys(mirror) as (keyof PaymentMirror)[]).map((key) => [key, previous[key as keyof PaymentRow]])
    ) as Partial<PaymentMirror>
    const { written, succeeded_now } = await writePaymentMirror(container, input.payment_id, mirror)
    const payment = await service.retrieveStripeConnectPayment(input.payment_id)
    return new StepResponse<UpdatePaymentFromStripeStepOutput, { id: string; snapshot: Partial<PaymentMirror> } | null>(
      { payment, previous_status: previous.status, succeeded_now },
      written && !input.after_irreversible_write ? { id: input.payment_id, snapshot } : null
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateStripeConnectPayments({ id: compensation.id, ...compensation.snapshot })
  }
)
