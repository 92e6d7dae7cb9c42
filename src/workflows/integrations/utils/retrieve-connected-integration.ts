import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { assertIntegrationConnected } from "../../../modules/stripe-connect/integrations/assert-integration-connected"
import type { IntegrationRow } from "../../../modules/stripe-connect/types"

/**
 * The integration that new invoices and pay links go through: 404 naming `integration_id` when it does not exist,
 * 400 `integration_not_connected` when it is not connected to a Stripe account.
 */
export async function retrieveConnectedIntegration(
  service: StripeConnectModuleService,
  integrationId: string
): Promise<IntegrationRow & { stripe_account_id: string }> {
  const [integration] = await service.listStripeIntegrations({ id: integrationId }, { take: 1 })
  if (!integration) {
    throw new StripeConnectError("not_found", `integration_id: integration ${integrationId} was not found`, {
      param: "integration_id",
    })
  }
  assertIntegrationConnected(integration)
  return integration
}
