import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type RecordPaymentRefundStepInput = {
  payment_id: string
  refund: Stripe.Refund
  reason?: string | null
  application_fee_refunded: number
  request_id: string
  created_by?: string | null
}

export const recordPaymentRefundStepId = "record-stripe-connect-refund"

/** This step stores a refund Stripe made (once per refund id). Compensation deletes the row it created. */
export const recordPaymentRefundStep = createStep(
  recordPaymentRefundStepId,
  async (input: RecordPaymentRefundStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [existing] = await service.listStripeConnectRefunds({ refund_id: input.refund.id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const created = await service.createStripeConnectRefunds({
      refund_id: input.refund.id,
      payment_id: input.payment_id,
      amount: input.refund.amount,
      currency: input.refund.currency,
      reason: input.reason ?? input.refund.reason ?? null,
      status: input.refund.status ?? "pending",
      application_fee_refunded: input.application_fee_refunded,
      request_id: input.request_id,
      created_by: input.created_by ?? null,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).deleteStripeConnectRefunds(createdId)
  }
)
