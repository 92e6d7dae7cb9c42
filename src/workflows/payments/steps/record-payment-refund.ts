import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { storeRefund } from "../utils/store-refund"

export type RecordPaymentRefundStepInput = {
  payment_id: string
  refund: Stripe.Refund
  reason?: string | null
  application_fee_refunded: number
  request_id: string
  created_by?: string | null
}

export const recordPaymentRefundStepId = "record-stripe-connect-refund"

/**
 * This step stores a refund Stripe made (once per refund id). No compensation: the refund at Stripe cannot be
 * undone, so its local copy stays even when a later step fails.
 */
export const recordPaymentRefundStep = createStep(
  recordPaymentRefundStepId,
  async (input: RecordPaymentRefundStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { row } = await storeRefund(service, input.refund, input.application_fee_refunded, input)
    return new StepResponse(row)
  }
)
