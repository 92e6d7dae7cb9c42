import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IEventBusModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { resolveEventAccount, toWebhookEventRow } from "../../../modules/stripe-connect/webhooks/event-row"
import { verifyStripeEvent } from "../../../modules/stripe-connect/webhooks/verify-event"
import { WebhookEventStore } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { StripeConnectWebhookEvents, type WebhookEventEndpoint } from "../../../types/webhook-events"

export type ReceiveWebhookInput = {
  endpoint: WebhookEventEndpoint
  /** The secrets that may have signed the delivery; `retry` is asked once more when none verifies. */
  secrets: () => Promise<readonly string[]> | readonly string[]
  retrySecrets?: () => Promise<readonly string[]>
  accountId?: string
}

const stores = new WeakMap<object, WebhookEventStore>()

function storeFor(knex: Knex): WebhookEventStore {
  let store = stores.get(knex)
  if (!store) {
    store = new WebhookEventStore(knex)
    stores.set(knex, store)
  }
  return store
}

/**
 * The whole receiving path of a Stripe webhook: verify the raw body, store the event with one INSERT that skips
 * a duplicate, answer 200 `{ received: true }`, and only then hand a new event to processing on the event bus.
 * A lost hand-off is not lost work: the retry job picks up events left `pending`.
 */
export async function receiveStripeWebhook(req: MedusaRequest, res: MedusaResponse, input: ReceiveWebhookInput) {
  const rawBody = req.rawBody as Buffer | undefined
  if (!Buffer.isBuffer(rawBody) || rawBody.length === 0) {
    throw new StripeConnectError("invalid_request", "The request has no body to verify", { param: "body" })
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const webhooks = service.getStripeClient().webhooks
  const signature = req.headers["stripe-signature"]

  let event: Stripe.Event
  try {
    event = verifyStripeEvent(webhooks, rawBody, signature, await input.secrets())
  } catch (error) {
    if (!input.retrySecrets || !signature) {
      throw error
    }
    event = verifyStripeEvent(webhooks, rawBody, signature, await input.retrySecrets())
  }

  const account = resolveEventAccount(input.endpoint, event, input.accountId)
  const row = toWebhookEventRow(event, input.endpoint, account, rawBody.toString("utf8"))
  const store = storeFor(req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION))
  const id = await store.insertIfAbsent(row)

  res.status(200).json({ received: true })

  if (id) {
    const eventBus = req.scope.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
    eventBus.emit({ name: StripeConnectWebhookEvents.RECEIVED, data: { id } }).catch((error: unknown) => {
      req.scope
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(`stripe-connect: webhook event ${id} stored, hand-off failed (the retry job will process it): ${String(error)}`)
    })
  }
}
