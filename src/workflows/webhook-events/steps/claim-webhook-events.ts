import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredWebhookEvent } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type ClaimWebhookEventsStepInput = { ids: string[] }

export const claimWebhookEventsStepId = "claim-webhook-events"

/**
 * This step takes stored events for processing (pending, or failed and due) in one atomic UPDATE and returns
 * the ones it got: an event another worker or instance claimed first is left out. If the workflow fails after
 * the claim, compensation marks the claimed events failed and due, so the retry job takes them again.
 */
export const claimWebhookEventsStep = createStep(
  claimWebhookEventsStepId,
  async (input: ClaimWebhookEventsStepInput, { container }) => {
    const claimed = await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .claimWebhookEvents(input.ids)
    return new StepResponse<StoredWebhookEvent[], { ids: string[] }>(claimed, { ids: claimed.map((event) => event.id) })
  },
  async (compensation, { container }) => {
    if (!compensation?.ids.length) {
      return
    }
    const now = new Date()
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).completeWebhookEvents(
      compensation.ids.map((id) => ({
        id,
        outcome: { status: "failed" as const, error: "Processing was interrupted", next_attempt_at: now },
      }))
    )
  }
)
