import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { WebhookEventHandlerResult } from "./run-webhook-event-handlers"

export type CompleteWebhookEventsStepInput = { results: WebhookEventHandlerResult[]; claim_token: string }

export const completeWebhookEventsStepId = "complete-webhook-events"

/**
 * This step records how processing ended, in one UPDATE: `processed` or `ignored` with `processed_at`, or
 * `failed` with `last_error` and `next_attempt_at`. It is the last step and only changes events this run's claim
 * still holds, so it has no compensation.
 */
export const completeWebhookEventsStep = createStep(
  completeWebhookEventsStepId,
  async (input: CompleteWebhookEventsStepInput, { container }) => {
    const completed = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).completeWebhookEvents(
      input.results.map((result) => ({
        id: result.id,
        outcome:
          result.outcome.status === "failed"
            ? {
                ...result.outcome,
                next_attempt_at: result.outcome.next_attempt_at ? new Date(result.outcome.next_attempt_at) : null,
              }
            : result.outcome,
      })),
      input.claim_token
    )
    return new StepResponse({ completed })
  }
)
