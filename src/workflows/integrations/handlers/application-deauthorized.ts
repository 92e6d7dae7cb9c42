import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { isStripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { StripeEventHandlerInput } from "../../accounts/handlers/types"
import { disconnectStripeIntegrationWorkflow } from "../workflows/disconnect-stripe-integration"

/**
 * `account.application.deauthorized`: the account owner (or Stripe) revoked the platform's access. Every
 * integration connected to that account is disconnected as an admin disconnect would, without calling Stripe
 * again, and `stripe.integration_disconnected` is emitted with reason `deauthorized`. An event older than the
 * integration's current connection (it was reconnected since) is skipped, also when the reconnection happened
 * after this handler read the integration (the disconnect checks it in its write).
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
    const cleared = await disconnectStripeIntegrationWorkflow(container)
      .run({
        input: { id: integration.id, reason: "deauthorized", revoked: { account: accountId, at: event.created } },
      })
      .then(() => true)
      .catch((error: unknown) => {
        if (isStripeConnectError(error) && error.errorCode === "integration_not_connected") {
          return false
        }
        throw error
      })
    if (cleared) {
      disconnected.push(integration.id)
    }
  }
  return { disconnected }
}
