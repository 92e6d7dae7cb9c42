import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { WebhookEventStatus } from "../../../shared/types/webhook-events"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type RequeueWebhookEventStepInput = { id: string }

type Compensation = { id: string; status: WebhookEventStatus; next_attempt_at: Date | null }

export const requeueWebhookEventStepId = "requeue-webhook-event"

/**
 * This step puts a stored event back to `pending` so it is processed again (replay). An event being processed
 * at this moment is refused with 409 `conflict`. Compensation restores the previous status unless the event was
 * claimed in the meantime.
 */
export const requeueWebhookEventStep = createStep(
  requeueWebhookEventStepId,
  async (input: RequeueWebhookEventStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const previous = await service.requeueWebhookEvent(input.id)
    if (!previous) {
      const current = await service.retrieveStoredWebhookEvent(input.id)
      if (!current) {
        throw new StripeConnectError("not_found", `Webhook event ${input.id} was not found`)
      }
      throw new StripeConnectError("conflict", `Webhook event ${input.id} is being processed; replay it once that ends`)
    }
    return new StepResponse<{ id: string; previous_status: WebhookEventStatus }, Compensation>(
      { id: input.id, previous_status: previous.previous_status },
      { id: input.id, status: previous.previous_status, next_attempt_at: previous.previous_next_attempt_at }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .restoreWebhookEventStatus(
        compensation.id,
        compensation.status,
        compensation.next_attempt_at ? new Date(compensation.next_attempt_at) : null
      )
  }
)
