import { StripeConnectError } from "../errors/stripe-connect-error"

export type IntegrationConnectionState = {
  id: string
  status: string
  stripe_account_id: string | null
}

/**
 * Refuses work that needs a live OAuth connection (new invoices, new pay links) on an instance that is not
 * connected: 400 `integration_not_connected`, naming the instance. Earlier pay links keep working; this is only
 * for creating new things.
 */
export function assertIntegrationConnected(
  integration: IntegrationConnectionState
): asserts integration is IntegrationConnectionState & { stripe_account_id: string } {
  if (integration.status !== "connected" || !integration.stripe_account_id) {
    const state = integration.status === "disconnected" ? "was disconnected" : "has not been connected yet"
    throw new StripeConnectError(
      "integration_not_connected",
      `Stripe integration ${integration.id} ${state}; connect it (POST /admin/stripe-connect/integrations/${integration.id}/authorize) before creating invoices or pay links`,
      { param: "integration_id" }
    )
  }
}
