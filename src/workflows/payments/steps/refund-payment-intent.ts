import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import { PAYMENT_INTENT_EXPAND } from "../utils/payment-mirror"
import { toStripeRefundReason } from "../utils/stripe-refund-reason"

export type RefundPaymentIntentStepInput = {
  payment_intent_id: string
  stripe_account_id: string
  /** Left out: everything left to refund. */
  amount?: number
  reason?: string | null
  refund_application_fee: boolean
  request_id: string
}

export type RefundPaymentIntentStepOutput = {
  refund: Stripe.Refund
  application_fee_refunded: number
  intent: Stripe.PaymentIntent
}

export const refundPaymentIntentStepId = "refund-destination-payment-intent"

/**
 * This step refunds a captured payment, at most what is left to refund. Under a lock on the payment intent it
 * reads the charge from Stripe, refuses an amount above what is left (400, saying how much is left), refunds with
 * the key `stripe-connect:refund:<pi>:<request id>`, and reads the charge again, so two concurrent requests
 * cannot refund past the total and a retried request cannot refund twice. The transfer to the connected account
 * is reversed in proportion; with `refund_application_fee` Stripe also returns the fee in proportion, and
 * `application_fee_refunded` is what Stripe's application fee shows returned by this refund.
 * There is no compensation: money returned to a customer cannot be taken back.
 */
export const refundPaymentIntentStep = createStep(
  refundPaymentIntentStepId,
  async (input: RefundPaymentIntentStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)

    const locked = await locking.execute(`stripe-connect:payment:${input.payment_intent_id}`, async () => {
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
        throw new StripeConnectError(
          "invalid_request",
          `Payment ${input.payment_intent_id} is already fully refunded`,
          { param: "amount" }
        )
      }
      if (amount > left) {
        throw new StripeConnectError(
          "invalid_request",
          `amount: ${amount} is more than the ${left} left to refund on ${input.payment_intent_id} (captured ${before.charge.amount_captured}, refunded ${before.charge.amount_refunded})`,
          { param: "amount" }
        )
      }

      const stripeReason = toStripeRefundReason(input.reason)
      const refund = await gateway.charges.refund(
        {
          payment_intent: input.payment_intent_id,
          amount,
          reverse_transfer: true,
          refund_application_fee: input.refund_application_fee,
          ...(stripeReason ? { reason: stripeReason } : {}),
          metadata: { request_id: input.request_id, ...(input.reason ? { reason: input.reason } : {}) },
        },
        stripeIdempotencyKeys.refundPaymentIntent(input.payment_intent_id, input.request_id)
      )

      const after = await readCharge(gateway, input.payment_intent_id)
      const feeRefunded = Math.max(0, (after.fee?.amount_refunded ?? 0) - (before.fee?.amount_refunded ?? 0))
      return new StepResponse<RefundPaymentIntentStepOutput>({
        refund,
        application_fee_refunded: feeRefunded,
        intent: after.intent,
      })
    })
    return new StepResponse(locked.output, locked.compensateInput)
  }
)

async function readCharge(gateway: StripeGateway, paymentIntentId: string) {
  const intent = await gateway.payments.retrieve(paymentIntentId, { expand: PAYMENT_INTENT_EXPAND })
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null
  const fee = charge && typeof charge.application_fee === "object" ? charge.application_fee : null
  return { intent, charge, fee }
}
