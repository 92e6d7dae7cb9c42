import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimWebhookEventsStep } from "../steps/claim-webhook-events"
import { completeWebhookEventsStep } from "../steps/complete-webhook-events"
import { runWebhookEventHandlersStep } from "../steps/run-webhook-event-handlers"

export type ProcessWebhookEventsWorkflowInput = { ids: string[] }

export const processWebhookEventsWorkflowId = "process-webhook-events"

/**
 * Processes stored Stripe events exactly once: claim them with a lease (for each event only one run of any
 * instance holds it; the run renews the lease while its handlers work), run their handlers, record the outcomes
 * (only while the claim still holds). Runs for new, replayed and recovered events (subscriber,
 * in small batches) and for due retries (job).
 */
export const processWebhookEventsWorkflow = createWorkflow(
  processWebhookEventsWorkflowId,
  (input: ProcessWebhookEventsWorkflowInput) => {
    const claim = claimWebhookEventsStep({ ids: input.ids })
    const results = runWebhookEventHandlersStep(claim)
    completeWebhookEventsStep({ results, claim_token: claim.claim_token })
    const summary = transform({ results }, ({ results }) =>
      results.map((result) => ({ id: result.id, status: result.outcome.status }))
    )
    return new WorkflowResponse(summary)
  }
)
