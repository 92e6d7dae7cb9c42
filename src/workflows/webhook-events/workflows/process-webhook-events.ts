import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimWebhookEventsStep } from "../steps/claim-webhook-events"
import { completeWebhookEventsStep } from "../steps/complete-webhook-events"
import { runWebhookEventHandlersStep } from "../steps/run-webhook-event-handlers"

export type ProcessWebhookEventsWorkflowInput = { ids: string[] }

export const processWebhookEventsWorkflowId = "process-webhook-events"

/**
 * Processes stored Stripe events exactly once: claim them (for each event only one worker of any instance
 * succeeds), run their handlers, record the outcomes. Runs for new, replayed and recovered events (subscriber,
 * in small batches) and for due retries (job).
 */
export const processWebhookEventsWorkflow = createWorkflow(
  processWebhookEventsWorkflowId,
  (input: ProcessWebhookEventsWorkflowInput) => {
    const events = claimWebhookEventsStep({ ids: input.ids })
    const results = runWebhookEventHandlersStep({ events })
    completeWebhookEventsStep({ results })
    const summary = transform({ results }, ({ results }) =>
      results.map((result) => ({ id: result.id, status: result.outcome.status }))
    )
    return new WorkflowResponse(summary)
  }
)
