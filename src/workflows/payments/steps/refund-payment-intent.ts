import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { callStripeForIntent, openMoneyIntent } from "../../money-intents/utils/money-intent"
import { readCharge } from "../utils/read-charge"
import type { RefundRecordContext } from "../utils/store-refund"
import { toStripeRefundReason } from "../utils/stripe-refund-reason"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type RefundPaymentIntentStepInput = {
  payment_id: string
  payment_intent_id: string
  stripe_account_id: string
  /** Left out: everything left to refund. */
  amount?: number
  reason?: string | null
  refund_application_fee: boolean
  request_id: string
  /** Who asked: stored as the refund's `created_by`. */
  actor_id?: string | null
}

export type RefundPaymentIntentStepOutput = {
  refund: Stripe.Refund
  application_fee_refunded: number
  intent: Stripe.PaymentIntent
  money_intent_id: string
}

export const refundPaymentIntentStepId = "refund-destination-payment-intent"

/**
 * This step refunds a captured payment, at most what is left to refund. Under a lock on the payment intent it
 * reads the charge from Stripe, refuses an amount above what is left (400, saying how much is left), writes the
 * refund's intent (the amount, the parameters and the key `stripe-connect:refund:<pi>:<request id>`) and then
 * refunds, and reads the charge again, so two concurrent requests cannot refund past the total and a retried
 * request cannot refund twice: a retry finds the intent of its first attempt and sends its stored parameters
 * again (never a recomputed amount), so Stripe answers the first refund. The transfer to the connected account is
 * reversed in proportion; with `refund_application_fee` Stripe also returns the fee in proportion, and
 * `application_fee_refunded` is what Stripe's application fee shows returned by this refund.
 * There is no compensation: money returned to a customer cannot be taken back.
 */
export const refundPaymentIntentStep = createStep(
  refundPaymentIntentStepId,
  async (input: RefundPaymentIntentStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const key = stripeIdempotencyKeys.refundPaymentIntent(input.payment_intent_id, input.request_id)

    const locked = await runLocked(locking, `stripe-connect:payment:${input.payment_intent_id}`, async () => {
      const [earlier] = await service.listStripeConnectMoneyIntents({ stripe_idempotency_key: key }, { take: 1 })
      const intent = earlier ?? (await openRefundIntent(service, gateway, input, key))
      const refund = await callStripeForIntent(service, intent, () =>
        gateway.charges.refund(intent.params as unknown as Stripe.RefundCreateParams, intent.stripe_idempotency_key)
      )
      const after = await readCharge(gateway, input.payment_intent_id)
      const before = (intent.context as RefundRecordContext).fee_refunded_before
      return new StepResponse<RefundPaymentIntentStepOutput>({
        refund,
        application_fee_refunded: Math.max(0, (after.fee?.amount_refunded ?? 0) - before),
        intent: after.intent,
        money_intent_id: intent.id,
      })
    })
    return new StepResponse(locked.output, locked.compensateInput)
  }
)

/** Checks what is left to refund and writes the refund's intent (see the step). */
async function openRefundIntent(
  service: StripeConnectModuleService,
  gateway: StripeGateway,
  input: RefundPaymentIntentStepInput,
  key: string
): Promise<MoneyIntentRow> {
  const before = await readCharge(gateway, input.payment_intent_id)
  if (!before.charge?.captured) {
    throw new StripeConnectError(
      "invalid_request",
      `Payment ${input.payment_intent_id} has not been captured (status ${before.intent.status}); cancel it instead of refunding`,
      { param: "payment_intent_id" }
    )
  }
  const left = before.charge.amount_captured - before.charge.amount_refunded
  const amount = input.amount ?? left
  if (left <= 0) {
    throw new StripeConnectError("invalid_request", `Payment ${input.payment_intent_id} is already fully refunded`, {
      param: "amount",
    })
  }
  if (amount > left) {
    throw new StripeConnectError(
      "invalid_request",
      `amount: ${amount} is more than the ${left} left to refund on ${input.payment_intent_id} (captured ${before.charge.amount_captured}, refunded ${before.charge.amount_refunded})`,
      { param: "amount" }
    )
  }
  const stripeReason = toStripeRefundReason(input.reason)
  const params: Stripe.RefundCreateParams = {
    payment_intent: input.payment_intent_id,
    amount,
    reverse_transfer: true,
    refund_application_fee: input.refund_application_fee,
    ...(stripeReason ? { reason: stripeReason } : {}),
    metadata: { request_id: input.request_id, ...(input.reason ? { reason: input.reason } : {}) },
  }
  const context: RefundRecordContext = {
    payment_id: input.payment_id,
    reason: input.reason ?? null,
    request_id: input.request_id,
    created_by: input.actor_id ?? null,
    fee_refunded_before: before.fee?.amount_refunded ?? 0,
  }
  return await openMoneyIntent(service, {
    kind: "refund",
    stripe_idempotency_key: key,
    target_id: input.payment_intent_id,
    amount,
    currency: before.charge.currency,
    params,
    context,
  })
}
