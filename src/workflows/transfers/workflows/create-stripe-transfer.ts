import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStripeTransferStep } from "../steps/create-stripe-transfer"
import { recordTransferStep } from "../steps/record-transfer"
import { completeMoneyIntentStep } from "../../money-intents/steps/complete-money-intent"

export type CreateStripeTransferWorkflowInput = {
  account_id: string
  merchant_id: string
  amount: number
  currency: string
  description?: string | null
  metadata?: Record<string, string> | null
  source_transaction?: string | null
  order_id?: string | null
  request_id: string
  actor_id?: string | null
}

export const createStripeTransferWorkflowId = "create-stripe-transfer"

/**
 * Create transfer (docs/api.md#create-transfer): writes the transfer's intent, transfers at Stripe, stores the
 * transfer and marks the intent completed (see docs/api.md#crash-safe-money).
 */
export const createStripeTransferWorkflow = createWorkflow(
  createStripeTransferWorkflowId,
  (input: CreateStripeTransferWorkflowInput) => {
    const made = createStripeTransferStep(input)
    const transfer = recordTransferStep(
      transform({ input, made }, ({ input, made }) => ({
        transfer: made.transfer,
        available_on: made.available_on,
        merchant_id: input.merchant_id,
        order_id: input.order_id,
        request_id: input.request_id,
        created_by: input.actor_id,
      }))
    )
    completeMoneyIntentStep(
      transform({ made }, ({ made }) => ({
        money_intent_id: made.money_intent_id,
        stripe_object_id: made.transfer.id,
      }))
    )
    return new WorkflowResponse({ transfer })
  }
)
