import type Stripe from "stripe"
import type { ILockingModule, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { describeHandlerError } from "../../../modules/stripe-connect/webhooks/error-message"
import { nextAttemptAt, type RetryPolicy } from "../../../modules/stripe-connect/webhooks/retry-backoff"
import { orderForProcessing } from "../../../modules/stripe-connect/webhooks/processing-order"
import type {
  StoredWebhookEvent,
  WebhookEventOutcome,
} from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { isLiveModeKey } from "../../../modules/stripe-connect/webhooks/livemode"
import { inSpan } from "../../../modules/stripe-connect/observability/in-span"
import { findWebhookEventHandler } from "../handlers/registry"
import { findAccountBindingViolation } from "../utils/account-binding"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"
import { withLogFields } from "../../../modules/stripe-connect/observability/log-fields"

export type RunWebhookEventHandlersStepInput = { events: StoredWebhookEvent[]; claim_token: string }

export type WebhookEventHandlerResult = { id: string; outcome: WebhookEventOutcome }

export const runWebhookEventHandlersStepId = "run-webhook-event-handlers"

/** How many objects' events are handled at the same time within one batch. */
const PARALLEL_CHAINS = 4

/** Longest wait for another event about the same object to finish, in seconds. */
const OBJECT_LOCK_TIMEOUT_SECONDS = 30

/**
 * This step reads the claimed events' payloads, runs the handler registered for each event's type and says how
 * each ended: `processed`, `ignored` (no handler), `rejected` (another mode's event, or a per-account endpoint's
 * event about objects of another account, see `utils/account-binding.ts`; nothing is applied) or `failed` (the
 * handler threw; with the next attempt's time, or none once the attempts are used up). Events about the same object run one after another, oldest first, under a lock on the object;
 * other events run side by side. While the handlers run, the claim's lease is renewed, so a batch that takes
 * longer than a lease is not taken over by another worker. A handler's failure is an outcome, not a step failure,
 * and handlers' writes are their own (workflows with compensation), so this step has nothing to undo.
 */
export const runWebhookEventHandlersStep = createStep(
  runWebhookEventHandlersStepId,
  async (input: RunWebhookEventHandlersStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule | undefined>(Modules.LOCKING, { allowUnregistered: true })
    const allOptions = await service.getOptions()
    const options = allOptions.webhookProcessing
    const policy: RetryPolicy = {
      maxAttempts: options.maxAttempts,
      baseSeconds: options.retryBaseSeconds,
      maxDelaySeconds: options.retryMaxDelaySeconds,
    }
    const context: RunContext = {
      service,
      policy,
      locking,
      livemode: isLiveModeKey(allOptions.apiKey),
      leaseSeconds: options.leaseSeconds,
    }
    const results: WebhookEventHandlerResult[] = []
    const payloads = await service.readWebhookEventPayloads(input.events.map((event) => event.id))
    const chains = orderForProcessing(
      input.events.map((event) => ({ ...event, payload: payloads.get(event.id) ?? event.payload }))
    )
    let next = 0
    const worker = async () => {
      while (next < chains.length) {
        for (const event of chains[next++]) {
          results.push({ id: event.id, outcome: await runOne(container, event, context) })
        }
      }
    }
    await whileClaimRenewed(service, input.claim_token, input.events.length > 0, () =>
      Promise.all(Array.from({ length: Math.min(PARALLEL_CHAINS, chains.length) }, worker))
    )
    return new StepResponse(results)
  }
)

/** Runs `work` while renewing the claim's lease on a timer (a failed renewal is retried at the next tick). */
async function whileClaimRenewed<T>(
  service: StripeConnectModuleService,
  claimToken: string,
  holdsEvents: boolean,
  work: () => Promise<T>
): Promise<T> {
  if (!holdsEvents) {
    return await work()
  }
  const timer = setInterval(
    () => {
      service.renewWebhookEventClaim(claimToken).catch(() => undefined)
    },
    await service.getWebhookClaimRenewalMs()
  )
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

type RunContext = {
  service: StripeConnectModuleService
  policy: RetryPolicy
  locking: ILockingModule | undefined
  /** The configured key's mode. */
  livemode: boolean
  /** The claim's lease, which the per-object lock also gets as its expiry. */
  leaseSeconds: number
}

async function runOne(
  container: MedusaContainer,
  record: StoredWebhookEvent,
  context: RunContext
): Promise<WebhookEventOutcome> {
  const { service, policy, locking } = context
  const handler = findWebhookEventHandler(record.type)
  if (!handler) {
    return { status: "ignored" }
  }
  if (!record.payload) {
    return { status: "rejected", error: "The stored body is not a Stripe event" }
  }
  if (record.livemode !== context.livemode) {
    // Checked when received too; a replay or an event stored before the check is held to it here.
    return {
      status: "rejected",
      error: `A ${record.livemode ? "live" : "test"}-mode event, but the configured API key is not`,
    }
  }
  const event = record.payload as unknown as Stripe.Event
  const run = () =>
    inSpan(
      `stripe_connect.webhook ${record.type}`,
      { "stripe.event_id": record.stripe_event_id, "stripe.account": record.account ?? "platform" },
      () => handler({ event, container, record })
    )
  const objectId = record.related_object_ids[0]
  try {
    if (record.endpoint === "account") {
      const violation = await findAccountBindingViolation(service, record.account ?? "", event)
      if (violation) {
        return { status: "rejected", error: violation }
      }
    }
    if (locking && objectId) {
      // The object's lock expires with the claim's lease: a worker that dies here frees both at once, so the
      // worker that takes the event over does not wait for (and fail on) a lock whose holder is gone.
      await runLocked(locking, `stripe-connect:webhook-object:${record.account ?? "platform"}:${objectId}`, run, {
        timeout: OBJECT_LOCK_TIMEOUT_SECONDS,
        expire: context.leaseSeconds,
      })
    } else {
      await run()
    }
    return { status: "processed" }
  } catch (error) {
    const message = describeHandlerError(error)
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(
        withLogFields(
          `stripe-connect: webhook event ${record.id} (${record.type}) failed on attempt ${record.attempts}: ${message}`,
          { event_id: record.stripe_event_id, account: record.account ?? "platform", type: record.type }
        )
      )
    return { status: "failed", error: message, next_attempt_at: nextAttemptAt(record.attempts, new Date(), policy) }
  }
}
