import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"
import { disconnectStripeIntegrationWorkflow } from "../workflows/disconnect-stripe-integration"

/**
 * `account.application.deauthorized`: the account owner (or Stripe) revoked the platform's access. Every
 * integration connected to that account is disconnected as an admin disconnect would, without calling Stripe
 * again, and `stripe.integration_disconnected` is emitted with reason `deauthorized`. An event older than the
 * integration's current connection (it was reconnected since) is skipped.
 */
export async function handleApplicationDeauthorizedEvent({ event, container }: StripeEventHandlerInput) {
  const accountId = event.account
  if (!accountId) {
    return { disconnected: [] as string[] }
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const integrations = await service.listStripeIntegrations({ stripe_account_id: accountId, status: "connected" })
  const disconnected: string[] = []
  for (const integration of integrations) {
    const connectedAt = integration.connected_at ? Math.floor(new Date(integration.connected_at).getTime() / 1000) : 0
    if (event.created < connectedAt) {
      continue
    }
    await disconnectStripeIntegrationWorkflow(container).run({ input: { id: integration.id, reason: "deauthorized" } })
    disconnected.push(integration.id)
  }
  return { disconnected }
}
