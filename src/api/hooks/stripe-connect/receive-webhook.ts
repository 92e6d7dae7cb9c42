import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import {
  resolveEventAccount,
  toMalformedWebhookEventRow,
  toWebhookEventRow,
  webhookEventRejection,
  type NewWebhookEventRow,
} from "../../../modules/stripe-connect/webhooks/event-row"
import { parseStripeEvent } from "../../../modules/stripe-connect/webhooks/parse-event"
import { webhookPipeline } from "../../../workflows/webhook-events/utils/pipeline"
import type { WebhookEventEndpoint } from "../../../shared/types/webhook-events"

export type ReceiveWebhookInput = {
  endpoint: WebhookEventEndpoint
  /** The secrets that may have signed the delivery; `retry` is asked once more when none verifies. */
  secrets: () => Promise<readonly string[]> | readonly string[]
  retrySecrets?: () => Promise<readonly string[]>
  accountId?: string
  /** The configured API key's mode: events of the other mode are stored as rejected. */
  livemode: boolean
}

/**
 * The receiving end of a Stripe webhook: verify the raw body's signature (before anything parses it), read the
 * event, hand it to the module's pipeline, which stores it with an INSERT that skips a duplicate (shared with the
 * deliveries arriving at the same moment), and answer 200 `{ received: true }` once it committed. Every verified
 * delivery is stored: a well-formed event `pending`, or `rejected` with the reason (another mode; on a
 * per-account endpoint, another account or none), and a body that is no Stripe event `failed`, alone. The
 * pipeline hands pending events to processing after the commit; a lost hand-off is not lost work, the retry job
 * picks up events left `pending`.
 */
export async function receiveStripeWebhook(req: MedusaRequest, res: MedusaResponse, input: ReceiveWebhookInput) {
  const rawBody = req.rawBody as Buffer | undefined
  if (!Buffer.isBuffer(rawBody) || rawBody.length === 0) {
    throw new StripeConnectError("invalid_request", "The request has no body to verify", { param: "body" })
  }
  const service = await webhookPipeline(req.scope)
  const signature = req.headers["stripe-signature"]
  const payload = rawBody.toString("utf8")

  try {
    await service.verifyWebhookSignature(payload, signature, await input.secrets())
  } catch (error) {
    if (!input.retrySecrets || !signature) {
      throw error
    }
    await service.verifyWebhookSignature(payload, signature, await input.retrySecrets())
  }

  await service.receiveWebhookEvent(toVerifiedRow(rawBody, payload, input))
  res.status(200).json({ received: true })
}

function toVerifiedRow(rawBody: Buffer, payload: string, input: ReceiveWebhookInput): NewWebhookEventRow {
  const parsed = parseStripeEvent(payload)
  if (parsed.malformed !== undefined) {
    return toMalformedWebhookEventRow(rawBody, input.endpoint, input.accountId ?? null, parsed.malformed)
  }
  const { event } = parsed
  const rejection = webhookEventRejection(input.endpoint, event, {
    livemode: input.livemode,
    pathAccountId: input.accountId,
  })
  return toWebhookEventRow(
    event,
    input.endpoint,
    resolveEventAccount(input.endpoint, event, input.accountId),
    payload,
    rejection
  )
}
