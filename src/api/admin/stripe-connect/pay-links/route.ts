import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { createOrderPayLinkWorkflow } from "../../../../workflows/pay-links"
import type { PayLinkDocument } from "../../../../shared/types/invoices"
import { requestIdOf } from "../../../utils/request-id"
import { loadScopedIntegration } from "../integrations/helpers"
import { assertOrderInScope, orderIdNotFound } from "../../../utils/scoped-order"
import type { AdminCreateStripePayLinkType } from "./validators"
import { toPayLinkDocument } from "./serializers"
import { assertAllowedRedirects } from "./helpers"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"

const DEFAULT_EXPIRY_MINUTES = 24 * 60

/**
 * Creates a pay link for a Medusa order: a Stripe Checkout Session on the integration's connected account for the
 * order's outstanding amount. Answers `{ pay_link }` with its `url`. Refused (400 `integration_not_connected`)
 * after a disconnect; links made before keep working. `success_url`/`cancel_url` only to the allowed origins.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateStripePayLinkType>,
  res: MedusaResponse<{ pay_link: PayLinkDocument; url: string }>
) => {
  const body = req.validatedBody
  await loadScopedIntegration(req, body.integration_id)
  await assertOrderInScope(req, body.order_id, orderIdNotFound(body.order_id))
  await assertAllowedRedirects(req, body)
  const publicUrl = (await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions()).publicUrl
  const minutes = body.expires_in_minutes ?? DEFAULT_EXPIRY_MINUTES
  const creation = createOrderPayLinkWorkflow(req.scope).run({
    input: {
      order_id: body.order_id,
      integration_id: body.integration_id,
      expires_at: Math.floor(Date.now() / 1000) + minutes * 60,
      success_url: body.success_url ?? publicUrl,
      cancel_url: body.cancel_url ?? null,
      request_id: requestIdOf(req),
      actor_id: req.auth_context.actor_id,
    },
  })
  const { result } = await withAuditEntry(
    req,
    { action: "pay_link.create", resource_type: "pay_link" },
    creation,
    ({ result }) => ({
      resource_id: result.id,
      merchant_id: result.merchant_id,
      account_id: result.stripe_account_id,
      amount: result.amount,
      currency: result.currency,
    })
  )
  const link = toPayLinkDocument(result)
  res.json({ pay_link: link, url: link.url })
}
