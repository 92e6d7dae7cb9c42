import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapDisputeStatus } from "../../../modules/stripe-connect/disputes"

export type MarkPaymentDisputedStepInput = {
  payment_intent_id: string | null
  /** Stripe's dispute status. */
  status: string
}

type Previous = { id?: string; dispute_status?: string | null }

export const markPaymentDisputedStepId = "mark-stripe-connect-payment-disputed"

/**
 * This step shows on the stored payment of the disputed payment intent that it is disputed (`dispute_status`:
 * needs_response, under_review, won or lost). Payments the plugin did not make are left alone. Compensation
 * restores the previous value.
 */
export const markPaymentDisputedStep = createStep(
  markPaymentDisputedStepId,
  async (input: MarkPaymentDisputedStepInput, { container }) => {
    if (!input.payment_intent_id) {
      return new StepResponse<string | null, Previous>(null, {})
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [payment] = await service.listStripeConnectPayments({ payment_intent_id: input.payment_intent_id }, { take: 1 })
    if (!payment) {
      return new StepResponse<string | null, Previous>(null, {})
    }
    const status = mapDisputeStatus(input.status)
    await service.updateStripeConnectPayments({ id: payment.id, dispute_status: status })
    return new StepResponse<string | null, Previous>(status, { id: payment.id, dispute_status: payment.dispute_status ?? null })
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
