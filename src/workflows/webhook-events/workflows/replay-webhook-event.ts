import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectWebhookEvents } from "../../../types/webhook-events"
import { requeueWebhookEventStep } from "../steps/requeue-webhook-event"

export type ReplayWebhookEventWorkflowInput = { id: string }

export const replayWebhookEventWorkflowId = "replay-webhook-event"

/**
 * Replay webhook event (docs/api.md#replay-webhook-event): re-queues a stored event (status back to `pending`) and
 * hands it to processing again. Handlers are idempotent and order-safe, so replaying an event that was processed leaves
 * the same state; replaying a failed one retries it now.
 */
export const replayWebhookEventWorkflow = createWorkflow(
  replayWebhookEventWorkflowId,
  (input: ReplayWebhookEventWorkflowInput) => {
    const requeued = requeueWebhookEventStep({ id: input.id })
    const data = transform({ requeued }, ({ requeued }) => ({ id: requeued.id }))
    emitEventStep({ eventName: StripeConnectWebhookEvents.RECEIVED, data })
    return new WorkflowResponse(requeued)
  }
)
