import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { ExchangedOAuthConnection } from "./exchange-oauth-code"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type MarkIntegrationConnectedStepInput = {
  integration_id: string
  actor_id: string
  connection: ExchangedOAuthConnection
  capabilities: Record<string, string>
  account_snapshot: Record<string, unknown>
}

const CHANGED_FIELDS = [
  "status",
  "stripe_account_id",
  "access_token_sealed",
  "refresh_token_sealed",
  "stripe_publishable_key",
  "scope",
  "livemode",
  "capabilities",
  "account_snapshot",
  "connected_at",
  "connected_by",
  "disconnected_at",
  "disconnect_reason",
] as const

export const markIntegrationConnectedStepId = "mark-integration-connected"

/**
 * This step stores the OAuth connection on the integration (account id, sealed tokens, snapshot) and marks it
 * connected. A Stripe account already connected to another instance is refused; the check and the write run under
 * a lock on the Stripe account, so two instances finishing OAuth for one account at once cannot both connect it.
 * Compensation restores the fields it changed.
 */
export const markIntegrationConnectedStep = createStep(
  markIntegrationConnectedStepId,
  async (input: MarkIntegrationConnectedStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const accountId = input.connection.stripe_account_id
    const locked = await runLocked(locking, `stripe-connect:integration-account:${accountId}`, async () => {
      const integration = await service.retrieveStripeIntegration(input.integration_id)
      const others = await service.listStripeIntegrations({ stripe_account_id: accountId, status: "connected" })
      const holder = others.find((other) => other.id !== integration.id)
      if (holder) {
        throw new StripeConnectError(
          "conflict",
          `Stripe account ${accountId} is already connected to another Stripe integration; disconnect it there first`
        )
      }
      const previous = Object.fromEntries(CHANGED_FIELDS.map((field) => [field, integration[field]]))
      const updated = await service.updateStripeIntegrations({
        id: integration.id,
        ...input.connection,
        status: "connected",
        capabilities: input.capabilities,
        account_snapshot: input.account_snapshot,
        connected_at: new Date(),
        connected_by: input.actor_id,
        disconnected_at: null,
        disconnect_reason: null,
      })
      return new StepResponse(
        { id: updated.id, stripe_account_id: accountId, merchant_id: updated.merchant_id },
        { id: integration.id, previous }
      )
    })
    return new StepResponse(locked.output, locked.compensateInput)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateStripeIntegrations({ id: compensation.id, ...compensation.previous })
  }
)
