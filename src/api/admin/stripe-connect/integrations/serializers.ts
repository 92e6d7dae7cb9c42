import type { IntegrationResponse } from "../../../../shared/types/integrations"
import type { IntegrationRow } from "../../../../modules/stripe-connect/types"
import { toIso } from "../accounts/serializers"

/**
 * The response shape of an integration instance (docs/api.md#show-integration: connection status,
 * capabilities and an account snapshot). It is built field by field, so sealed tokens, the publishable key and
 * metadata can never leak into a response.
 */
export function toIntegrationResponse(integration: IntegrationRow): IntegrationResponse {
  return {
    id: integration.id,
    name: integration.name,
    mode: integration.mode,
    merchant_id: integration.merchant_id,
    status: integration.status,
    connected: integration.status === "connected",
    stripe_account_id: integration.stripe_account_id,
    scope: integration.scope,
    livemode: integration.livemode,
    capabilities: integration.capabilities ?? {},
    account: integration.account_snapshot ?? null,
    connected_at: integration.connected_at ? toIso(integration.connected_at) : null,
    connected_by: integration.connected_by,
    disconnected_at: integration.disconnected_at ? toIso(integration.disconnected_at) : null,
    disconnect_reason: integration.disconnect_reason,
    created_at: toIso(integration.created_at),
    updated_at: toIso(integration.updated_at),
  }
}
