import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WebhookEventOutcome } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { webhookEventStore } from "../utils/event-store"

export type CompleteWebhookEventStepInput = { id: string; outcome: WebhookEventOutcome | null }

export const completeWebhookEventStepId = "complete-webhook-event"

/**
 * This step records how processing ended: `processed` or `ignored` with `processed_at`, or `failed` with
 * `last_error` and `next_attempt_at`. It is the last step and only changes an event this run claimed, so it
 * has no compensation.
 */
export const completeWebhookEventStep = createStep(
  completeWebhookEventStepId,
  async (input: CompleteWebhookEventStepInput, { container }) => {
    if (!input.outcome) {
      return new StepResponse({ completed: false })
    }
    const completed = await webhookEventStore(container).complete(input.id, input.outcome)
    return new StepResponse({ completed })
  }
)
