import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import type { StoredWebhookEvent } from "../../../../modules/stripe-connect/webhooks/webhook-event-store"
import { getAccessScope } from "../../../utils/access-scope"

/**
 * The Stripe accounts whose events the caller may see: null for every event (an unscoped caller); otherwise the
 * accounts (connected accounts and OAuth integrations) of the caller's merchants. Platform events belong to no
 * merchant, so scoped callers do not see them.
 */
export async function visibleAccountIds(req: MedusaRequest): Promise<string[] | null> {
  const { merchantIds } = getAccessScope(req)
  if (merchantIds === null) {
    return null
  }
  if (!merchantIds.length) {
    return []
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [accounts, integrations] = await Promise.all([
    service.listConnectedAccounts({ merchant_id: merchantIds }, { select: ["stripe_account_id"], take: null }),
    service.listStripeIntegrations({ merchant_id: merchantIds }, { select: ["stripe_account_id"], take: null }),
  ])
  const ids = [...accounts, ...integrations]
    .map((record) => record.stripe_account_id)
    .filter((id): id is string => Boolean(id))
  return [...new Set(ids)]
}

/** The stored event named by `:id`, or 404 `not_found` when there is none or the caller may not see it. */
export async function loadScopedWebhookEvent(
  req: MedusaRequest,
  id: string,
  options: { includePayload?: boolean } = {}
): Promise<StoredWebhookEvent> {
  const event = await req.scope
    .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    .retrieveStoredWebhookEvent(id, options)
  const visible = event ? await visibleAccountIds(req) : null
  if (!event || (visible !== null && (!event.account || !visible.includes(event.account)))) {
    throw new StripeConnectError("not_found", `Webhook event ${id} was not found`)
  }
  return event
}
