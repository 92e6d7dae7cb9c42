import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { toWebhookEventResponse } from "../../../../../../modules/stripe-connect/webhooks/to-webhook-event-response"
import type { StoredWebhookEvent } from "../../../../../../modules/stripe-connect/webhooks/webhook-event-store"
import type { WebhookEventResponse } from "../../../../../../shared/types/webhook-events"
import { loadScopedInvoice } from "../../helpers"

const MAX_ACTIVITY = 500

/**
 * Get invoice activity (docs/api.md#get-invoice-activity): the stored webhook events whose related object ids include
 * the invoice's `stripe_invoice_id`, its payment intent id or its charge id, oldest first (by Stripe's `created`).
 * Payloads are left out (they need the payload permission on the webhook events route).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ data: WebhookEventResponse[]; count: number }>
) => {
  const invoice = await loadScopedInvoice(req, req.params.id)
  const ids = [invoice.stripe_invoice_id, invoice.stripe_payment_intent_id, invoice.stripe_charge_id].filter(
    (id): id is string => Boolean(id)
  )
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const events = await service.listWebhookEvents(
    { related_object_ids: { $overlap: ids }, account: invoice.stripe_account_id },
    { take: MAX_ACTIVITY, order: { stripe_created_at: "ASC", created_at: "ASC" } }
  )
  const data = (events as unknown as StoredWebhookEvent[]).map((event) => toWebhookEventResponse(event))
  res.json({ data, count: data.length })
}
