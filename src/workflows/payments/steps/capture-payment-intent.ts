import type Stripe from "stripe"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { proportionalFee } from "../../../modules/stripe-connect/fees"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { callStripeForIntent, openMoneyIntent } from "../../money-intents/utils/money-intent"
import { recoverCaptureIntent } from "../utils/recover-capture-intent"
import { PAYMENT_INTENT_EXPAND } from "../utils/payment-mirror"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type CapturePaymentIntentStepInput = {
  /** The stored payment (scpay_...). */
  payment_id: string
  payment_intent_id: string
  stripe_account_id: string
  /** The fee asked for at creation, for the whole amount. */
  application_fee_amount: number
  /** Left out: everything capturable. */
  amount_to_capture?: number
}

export type CapturePaymentIntentStepOutput = {
  intent: Stripe.PaymentIntent
  money_intent_id: string
}

export const capturePaymentIntentStepId = "capture-destination-payment-intent"

/**
 * This step captures an authorized payment intent. `amount_to_capture` may not exceed what is capturable; on a
 * partial capture the fee shrinks in proportion (fee x captured / authorized, half up) and is sent explicitly, so
 * Stripe and the plugin agree on it. Under a lock on the payment intent it first completes any earlier capture
 * whose outcome was never learned (asking Stripe again with that capture's key), then writes this capture's
 * intent with the key `stripe-connect:capture:<pi>:<amount>:<n>` (the n-th capture of the intent) and captures.
 * There is no compensation: a capture cannot be undone (returning money is a refund, a new decision).
 */
export const capturePaymentIntentStep = createStep(
  capturePaymentIntentStepId,
  async (input: CapturePaymentIntentStepInput, { container }) => {
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const output = await runLocked(locking, `stripe-connect:payment:${input.payment_intent_id}`, () =>
      capture(container, input)
    )
    return new StepResponse(output)
  }
)

async function capture(
  container: MedusaContainer,
  input: CapturePaymentIntentStepInput
): Promise<CapturePaymentIntentStepOutput> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const gateway = await service.getStripeGateway()
  const unsettled = await service.listStripeConnectMoneyIntents(
    { kind: "capture", target_id: input.payment_intent_id, status: "pending" },
    { order: { created_at: "ASC" } }
  )
  for (const earlier of unsettled) {
    await recoverCaptureIntent(container, earlier)
  }

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
  const [, captures] = await service.listAndCountStripeConnectMoneyIntents(
    { kind: "capture", target_id: input.payment_intent_id },
    { take: 1 }
  )
  const params: Stripe.PaymentIntentCaptureParams = {
    amount_to_capture: amount,
    application_fee_amount: proportionalFee(input.application_fee_amount, amount, current.amount),
    expand: PAYMENT_INTENT_EXPAND,
  }
  const intent = await openMoneyIntent(service, {
    kind: "capture",
    stripe_idempotency_key: stripeIdempotencyKeys.capturePaymentIntent(input.payment_intent_id, amount, captures + 1),
    target_id: input.payment_intent_id,
    amount,
    currency: current.currency,
    params,
    context: { payment_id: input.payment_id },
  })
  const captured = await callStripeForIntent(service, intent, () =>
    gateway.payments.capture(
      input.payment_intent_id,
      intent.params as unknown as Stripe.PaymentIntentCaptureParams,
      intent.stripe_idempotency_key
    )
  )
  return { intent: captured, money_intent_id: intent.id }
}
