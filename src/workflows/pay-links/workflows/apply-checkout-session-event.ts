import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { StripePayLinkHostEventData } from "../../../types/invoices"
import { updatePayLinkRecordStep, type UpdatePayLinkRecordStepInput } from "../steps/update-pay-link-record"

export type ApplyCheckoutSessionEventWorkflowInput = {
  id: string
  update: UpdatePayLinkRecordStepInput["update"]
  event_name: string
  stripe_event_id: string
}

export const applyCheckoutSessionEventWorkflowId = "apply-checkout-session-event"

/** Stores a pay link's new status from a Checkout Session webhook and tells the host. */
export const applyCheckoutSessionEventWorkflow = createWorkflow(
  applyCheckoutSessionEventWorkflowId,
  (input: ApplyCheckoutSessionEventWorkflowInput) => {
    const link = updatePayLinkRecordStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))
    emitEventStep({
      eventName: input.event_name,
      data: transform({ input, link }, ({ input, link }): StripePayLinkHostEventData => ({
        id: link.id,
        checkout_session_id: link.checkout_session_id,
        stripe_event_id: input.stripe_event_id,
        order_id: link.order_id,
        integration_id: link.integration_id,
        account: link.stripe_account_id,
        status: link.status,
        amount: link.amount,
        currency: link.currency,
      })),
    })
    return new WorkflowResponse(link)
  }
)
