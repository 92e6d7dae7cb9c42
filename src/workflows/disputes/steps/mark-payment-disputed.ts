import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapDisputeStatus } from "../../../modules/stripe-connect/disputes"

export type MarkPaymentDisputedStepInput = {
  /** The stored dispute (Stripe's id) whose status the payment shows. */
  dispute_id: string
  payment_intent_id: string | null
  /** Stripe's dispute status, as stored on the dispute. */
  status: string
}

type Previous = { id?: string; dispute_status?: string | null }

export const markPaymentDisputedStepId = "mark-stripe-connect-payment-disputed"

/**
 * This step shows on the stored payment of the disputed payment intent that it is disputed (`dispute_status`:
 * needs_response, under_review, won or lost). The payment is written only while the stored dispute still has the
 * status it shows, checked in the same statement, so a dispute handler and an evidence submission racing on one
 * dispute leave the payment showing the dispute's newest status. Payments the plugin did not make are left
 * alone. Compensation restores the previous value.
 */
export const markPaymentDisputedStep = createStep(
  markPaymentDisputedStepId,
  async (input: MarkPaymentDisputedStepInput, { container }) => {
    if (!input.payment_intent_id) {
      return new StepResponse<string | null, Previous>(null, {})
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [payment] = await service.listStripeConnectPayments(
      { payment_intent_id: input.payment_intent_id },
      { take: 1 }
    )
    if (!payment) {
      return new StepResponse<string | null, Previous>(null, {})
    }
    const status = mapDisputeStatus(input.status)
    const written = await service.updateRecordIfGuardHolds(
      "payment",
      payment.id,
      { alsoStored: { record: "dispute", values: { dispute_id: input.dispute_id, status: input.status } } },
      { dispute_status: status }
    )
    if (!written) {
      return new StepResponse<string | null, Previous>(payment.dispute_status ?? null, {})
    }
    return new StepResponse<string | null, Previous>(status, {
      id: payment.id,
      dispute_status: payment.dispute_status ?? null,
    })
  },
  async (previous: Previous | undefined, { container }) => {
    if (!previous?.id) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .updateStripeConnectPayments({ id: previous.id, dispute_status: previous.dispute_status ?? null })
  }
)
