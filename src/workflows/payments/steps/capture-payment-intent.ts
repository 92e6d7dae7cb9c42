import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { proportionalFee } from "../../../modules/stripe-connect/fees"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { PAYMENT_INTENT_EXPAND } from "../utils/payment-mirror"

export type CapturePaymentIntentStepInput = {
  payment_intent_id: string
  stripe_account_id: string
  /** The fee asked for at creation, for the whole amount. */
  application_fee_amount: number
  /** Left out: everything capturable. */
  amount_to_capture?: number
}

export const capturePaymentIntentStepId = "capture-destination-payment-intent"

/**
 * This step captures an authorized payment intent. `amount_to_capture` may not exceed what is capturable; on a
 * partial capture the fee shrinks in proportion (fee x captured / authorized, half up) and is sent explicitly, so
 * Stripe and the plugin agree on it. The key `stripe-connect:capture:<pi>` makes a retried capture a replay.
 * There is no compensation: a capture cannot be undone (returning money is a refund, a new decision), so this is
 * the workflow's last step that can fail before the record is updated.
 */
export const capturePaymentIntentStep = createStep(
  capturePaymentIntentStepId,
  async (input: CapturePaymentIntentStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const current = await gateway.payments.retrieve(input.payment_intent_id)
    if (current.status !== "requires_capture") {
      throw new StripeConnectError(
        "invalid_request",
        `Payment ${input.payment_intent_id} cannot be captured: its status is ${current.status} (only requires_capture can be)`,
        { param: "payment_intent_id" }
      )
    }
    const capturable = current.amount_capturable
    const amount = input.amount_to_capture ?? capturable
    if (amount > capturable) {
      throw new StripeConnectError(
        "invalid_request",
        `amount_to_capture: ${amount} is more than the ${capturable} that can be captured on ${input.payment_intent_id}`,
        { param: "amount_to_capture" }
      )
    }
    const fee = proportionalFee(input.application_fee_amount, amount, current.amount)
    const intent = await gateway.payments.capture(
      input.payment_intent_id,
      { amount_to_capture: amount, application_fee_amount: fee, expand: PAYMENT_INTENT_EXPAND },
      stripeIdempotencyKeys.capturePaymentIntent(input.payment_intent_id)
    )
    return new StepResponse(intent)
  }
)
