import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectWebhookEvents } from "../../../types/webhook-events"
import {
  storeMissedWebhookEventsStep,
  type StoreMissedWebhookEventsStepInput,
} from "../steps/store-missed-webhook-events"

export type RecoverMissedWebhookEventsWorkflowInput = StoreMissedWebhookEventsStepInput

export const recoverMissedWebhookEventsWorkflowId = "recover-missed-webhook-events"

/**
 * Missed-event recovery: stores the recent Stripe events that never reached a webhook endpoint (an outage, a
 * misconfigured secret) and hands them to processing like received ones.
 */
export const recoverMissedWebhookEventsWorkflow = createWorkflow(
  recoverMissedWebhookEventsWorkflowId,
  (input: RecoverMissedWebhookEventsWorkflowInput) => {
    const result = storeMissedWebhookEventsStep(input)
    const data = transform({ result }, ({ result }) => result.recovered.map(({ id }) => ({ id })))
    emitEventStep({ eventName: StripeConnectWebhookEvents.RECEIVED, data })
    return new WorkflowResponse(result)
  }
)
