import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_CAPABILITY_POLICY } from "../../../../utils/access/policy"
import { hasAnyRole } from "../../../../utils/access/resolve-access"
import { StripeConnectError } from "../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { toWebhookEventResponse } from "../../../../../modules/stripe-connect/webhooks/to-webhook-event-response"
import type { WebhookEventResponse } from "../../../../../shared/types/webhook-events"
import { getAccessScope } from "../../../../utils/access-scope"
import { loadScopedWebhookEvent } from "../helpers"
import { isPlatformWideCaller } from "../../../../utils/access/platform-wide"
import { redactStripeObject } from "../../../../utils/redact-stripe-object"
import type { AdminGetWebhookEventParamsType } from "../validators"

/**
 * Show webhook event (docs/api.md#show-webhook-event). `include_payload=1` adds the raw Stripe payload, for callers
 * whose roles carry the `read_webhook_payload` capability; others get 403 `forbidden`. Client secrets, emails, phone
 * numbers and addresses in it are redacted unless the caller is platform-wide (no merchant limits).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetWebhookEventParamsType>,
  res: MedusaResponse<{ webhook_event: WebhookEventResponse }>
) => {
  const includePayload = ["1", "true"].includes(req.validatedQuery.include_payload ?? "")
  if (includePayload && !hasAnyRole(getAccessScope(req).roles, DEFAULT_CAPABILITY_POLICY.read_webhook_payload)) {
    throw new StripeConnectError(
      "forbidden",
      `include_payload requires one of the roles: ${DEFAULT_CAPABILITY_POLICY.read_webhook_payload.join(", ")}`
    )
  }
  const event = await loadScopedWebhookEvent(req, req.params.id, { includePayload })
  const document = toWebhookEventResponse(event, { includePayload })
  if (document.payload && !isPlatformWideCaller(req)) {
    document.payload = redactStripeObject(document.payload) as typeof document.payload
  }
  res.json({ webhook_event: document })
}
