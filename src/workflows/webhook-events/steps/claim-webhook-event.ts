import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredWebhookEvent } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { webhookEventStore } from "../utils/event-store"

export type ClaimWebhookEventStepInput = { id: string }

export const claimWebhookEventStepId = "claim-webhook-event"

/**
 * This step takes a stored event for processing (pending, or failed and due) in one atomic UPDATE; it returns
 * null when the event is not claimable, e.g. another worker or instance claimed it first. If the workflow fails
 * after the claim, compensation marks the event failed and due, so the retry job takes it again.
 */
export const claimWebhookEventStep = createStep(
  claimWebhookEventStepId,
  async (input: ClaimWebhookEventStepInput, { container }) => {
    const claimed = await webhookEventStore(container).claim(input.id)
    return new StepResponse<StoredWebhookEvent | null, { id: string | null }>(claimed, { id: claimed ? claimed.id : null })
  },
  async (compensation, { container }) => {
    if (!compensation?.id) {
      return
    }
    await webhookEventStore(container).complete(compensation.id, {
      status: "failed",
      error: "Processing was interrupted",
      next_attempt_at: new Date(),
    })
  }
)
