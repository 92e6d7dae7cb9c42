import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type Stripe from "stripe"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { resolveEventAccount, toWebhookEventRow } from "../../../modules/stripe-connect/webhooks/event-row"
import { webhookPipeline } from "../../../workflows/webhook-events/utils/pipeline"
import type { WebhookEventEndpoint } from "../../../shared/types/webhook-events"

export type ReceiveWebhookInput = {
  endpoint: WebhookEventEndpoint
  /** The secrets that may have signed the delivery; `retry` is asked once more when none verifies. */
  secrets: () => Promise<readonly string[]> | readonly string[]
  retrySecrets?: () => Promise<readonly string[]>
  accountId?: string
}

/**
 * The receiving end of a Stripe webhook: verify the raw body, hand the event to the module's pipeline, which
 * stores it with an INSERT that skips a duplicate (shared with the deliveries arriving at the same moment), and
 * answer 200 `{ received: true }` once it committed. The pipeline hands new events to processing after the
 * commit; a lost hand-off is not lost work, the retry job picks up events left `pending`.
 */
export async function receiveStripeWebhook(req: MedusaRequest, res: MedusaResponse, input: ReceiveWebhookInput) {
  const rawBody = req.rawBody as Buffer | undefined
  if (!Buffer.isBuffer(rawBody) || rawBody.length === 0) {
    throw new StripeConnectError("invalid_request", "The request has no body to verify", { param: "body" })
  }
  const service = await webhookPipeline(req.scope)
  const signature = req.headers["stripe-signature"]
  const payload = rawBody.toString("utf8")
  const options = { parsedBody: req.body }

  let event: Stripe.Event
  try {
    event = await service.verifyWebhookEvent(payload, signature, await input.secrets(), options)
  } catch (error) {
    if (!input.retrySecrets || !signature) {
      throw error
    }
    event = await service.verifyWebhookEvent(payload, signature, await input.retrySecrets(), options)
  }

  const account = resolveEventAccount(input.endpoint, event, input.accountId)
  await service.receiveWebhookEvent(toWebhookEventRow(event, input.endpoint, account, payload))
  res.status(200).json({ received: true })
}
