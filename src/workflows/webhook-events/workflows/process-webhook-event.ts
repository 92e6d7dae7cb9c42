import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimWebhookEventStep } from "../steps/claim-webhook-event"
import { completeWebhookEventStep } from "../steps/complete-webhook-event"
import { runWebhookEventHandlerStep } from "../steps/run-webhook-event-handler"

export type ProcessWebhookEventWorkflowInput = { id: string }

export const processWebhookEventWorkflowId = "process-webhook-event"

/**
 * Processes one stored Stripe event exactly once: claim it (only one worker of any instance succeeds), run its
 * handler, record the outcome. Runs for a new or replayed event (subscriber) and for due retries (job).
 */
export const processWebhookEventWorkflow = createWorkflow(
  processWebhookEventWorkflowId,
  (input: ProcessWebhookEventWorkflowInput) => {
    const claimed = claimWebhookEventStep({ id: input.id })
    const outcome = runWebhookEventHandlerStep({ event: claimed })
    const completion = transform({ input, outcome }, ({ input, outcome }) => ({ id: input.id, outcome }))
    completeWebhookEventStep(completion)
    const result = transform({ claimed, outcome }, ({ claimed, outcome }) => ({
      claimed: Boolean(claimed),
      status: outcome?.status ?? null,
    }))
    return new WorkflowResponse(result)
  }
)
