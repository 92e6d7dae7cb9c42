import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toWebhookEventResponse } from "../../../../../../modules/stripe-connect/webhooks/to-webhook-event-response"
import type { WebhookEventResponse } from "../../../../../../shared/types/webhook-events"
import { replayWebhookEventWorkflow } from "../../../../../../workflows/webhook-events/workflows/replay-webhook-event"
import { loadScopedWebhookEvent } from "../../helpers"

/**
 * Replay webhook event (docs/api.md#replay-webhook-event): re-queues the event (status `pending`) and answers at once;
 * processing runs in the background as for a new delivery. 409 `conflict` while the event is being processed.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ webhook_event: WebhookEventResponse }>
) => {
  await loadScopedWebhookEvent(req, req.params.id)
  await replayWebhookEventWorkflow(req.scope).run({ input: { id: req.params.id } })
  const event = await loadScopedWebhookEvent(req, req.params.id)
  res.json({ webhook_event: toWebhookEventResponse(event) })
}
