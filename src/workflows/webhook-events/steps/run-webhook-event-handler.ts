import type Stripe from "stripe"
import type { ILockingModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { describeHandlerError } from "../../../modules/stripe-connect/webhooks/error-message"
import { nextAttemptAt } from "../../../modules/stripe-connect/webhooks/retry-backoff"
import type { StoredWebhookEvent, WebhookEventOutcome } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { findWebhookEventHandler } from "../handlers/registry"

export type RunWebhookEventHandlerStepInput = { event: StoredWebhookEvent | null }

export const runWebhookEventHandlerStepId = "run-webhook-event-handler"

/** Longest wait for another event about the same object to finish, in seconds. */
const OBJECT_LOCK_TIMEOUT_SECONDS = 30

/**
 * This step runs the handler registered for the event's type, holding a lock on the object the event is about,
 * and says how it ended: `processed`, `ignored` (no handler) or `failed` (the handler threw; with the time of the
 * next attempt, or none when the attempts are used up). A handler's failure is an outcome, not a step failure.
 * The handler's own writes are its own (workflows with compensation), so this step has nothing to undo.
 */
export const runWebhookEventHandlerStep = createStep(
  runWebhookEventHandlerStepId,
  async (input: RunWebhookEventHandlerStepInput, { container }) => {
    const record = input.event
    if (!record) {
      return new StepResponse<WebhookEventOutcome | null>(null)
    }
    const handler = findWebhookEventHandler(record.type)
    if (!handler) {
      return new StepResponse<WebhookEventOutcome | null>({ status: "ignored" })
    }
    const event = record.payload as unknown as Stripe.Event
    const run = () => handler({ event, container, record })
    try {
      const objectId = record.related_object_ids[0]
      const locking = objectId ? resolveLocking(container) : undefined
      if (locking && objectId) {
        await locking.execute(`stripe-connect:webhook-object:${record.account ?? "platform"}:${objectId}`, run, {
          timeout: OBJECT_LOCK_TIMEOUT_SECONDS,
        })
      } else {
        await run()
      }
      return new StepResponse<WebhookEventOutcome | null>({ status: "processed" })
    } catch (error) {
      const policy = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions().webhookProcessing
      const message = describeHandlerError(error)
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`stripe-connect: webhook event ${record.id} (${record.type}) failed on attempt ${record.attempts}: ${message}`)
      return new StepResponse<WebhookEventOutcome | null>({
        status: "failed",
        error: message,
        next_attempt_at: nextAttemptAt(record.attempts, new Date(), {
          maxAttempts: policy.maxAttempts,
          baseSeconds: policy.retryBaseSeconds,
          maxDelaySeconds: policy.retryMaxDelaySeconds,
        }),
      })
    }
  }
)

function resolveLocking(container: { resolve: <T>(key: string, options?: { allowUnregistered?: boolean }) => T }) {
  return container.resolve<ILockingModule | undefined>(Modules.LOCKING, { allowUnregistered: true })
}
