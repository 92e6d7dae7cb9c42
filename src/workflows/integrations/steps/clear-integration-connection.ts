import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { clearConnectionGuard } from "../../../modules/stripe-connect/integrations/clear-connection-guard"

export type ClearIntegrationConnectionStepInput = {
  id: string
  reason: "admin" | "deauthorized"
  /**
   * For a deauthorization: the Stripe account it revoked and `created` of its event (Unix seconds). Only a
   * connection to that account made no later than the event is cleared.
   */
  revoked?: { account: string; at: number } | null
}

const CHANGED_FIELDS = [
  "status",
  "access_token_sealed",
  "refresh_token_sealed",
  "disconnected_at",
  "disconnect_reason",
] as const

export type ClearedIntegration = {
  id: string
  stripe_account_id: string
  merchant_id: string | null
  connected_at: string
}

export const clearIntegrationConnectionStepId = "clear-integration-connection"

/**
 * This step marks a connected integration disconnected and forgets its tokens; the Stripe account id and the
 * snapshot stay for the record. An integration that is not connected is refused (400 `integration_not_connected`),
 * also when that changed after the read: the write checks in the same statement that the integration is still
 * connected to the same account (and, for a deauthorization, was not connected again after its event), so a
 * second disconnect or a stale deauthorization cannot clear a newer connection. Compensation puts the tokens and
 * status back.
 */
export const clearIntegrationConnectionStep = createStep(
  clearIntegrationConnectionStepId,
  async ({ id, reason, revoked }: ClearIntegrationConnectionStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integration = await service.retrieveStripeIntegration(id)
    if (integration.status !== "connected" || !integration.stripe_account_id) {
      throw new StripeConnectError("integration_not_connected", `Stripe integration ${id} is not connected`, {
        param: "id",
      })
    }
    const previous = Object.fromEntries(CHANGED_FIELDS.map((field) => [field, integration[field]]))
    const written = await service.updateRecordIfGuardHolds(
      "integration",
      id,
      clearConnectionGuard(revoked?.account ?? integration.stripe_account_id, revoked?.at),
      {
        status: "disconnected",
        access_token_sealed: null,
        refresh_token_sealed: null,
        disconnected_at: new Date(),
        disconnect_reason: reason,
      }
    )
    if (!written) {
      throw new StripeConnectError(
        "integration_not_connected",
        `Stripe integration ${id} was disconnected or connected again meanwhile`,
        { param: "id" }
      )
    }
    const cleared: ClearedIntegration = {
      id,
      stripe_account_id: integration.stripe_account_id,
      merchant_id: integration.merchant_id,
      connected_at: new Date(integration.connected_at ?? integration.created_at).toISOString(),
    }
    return new StepResponse(cleared, { id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateStripeIntegrations({ id: compensation.id, ...compensation.previous })
  }
)
