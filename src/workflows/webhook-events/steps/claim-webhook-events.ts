import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StoredWebhookEvent } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type ClaimWebhookEventsStepInput = { ids: string[] }

export type ClaimWebhookEventsStepOutput = { claim_token: string; events: StoredWebhookEvent[] }

export const claimWebhookEventsStepId = "claim-webhook-events"

/**
 * This step takes stored events for processing (pending, failed and due, or left by a worker whose lease ran out)
 * in one atomic UPDATE, under a claim token of this run with a lease, and returns the ones it got: an event
 * another run holds is left out. If the workflow fails after the claim, compensation marks the events this run
 * still holds failed and due, so the retry job takes them again.
 */
export const claimWebhookEventsStep = createStep(
  claimWebhookEventsStepId,
  async (input: ClaimWebhookEventsStepInput, { container }) => {
    const claimToken = randomUUID()
    const events = await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .claimWebhookEvents(input.ids, claimToken)
    return new StepResponse<ClaimWebhookEventsStepOutput, { ids: string[]; claim_token: string }>(
      { claim_token: claimToken, events },
      { ids: events.map((event) => event.id), claim_token: claimToken }
    )
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
      })),
      compensation.claim_token
    )
  }
)
