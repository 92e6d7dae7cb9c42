import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import {
  generateOAuthState,
  hashOAuthState,
  OAUTH_STATE_TTL_MS,
} from "../../../modules/stripe-connect/integrations/oauth-state"
import { buildAuthorizeUrl } from "../../../modules/stripe-connect/integrations/build-authorize-url"

export type CreateOAuthStateStepInput = { integration_id: string; actor_id: string }

export const createOAuthStateStepId = "create-oauth-state"

/**
 * This step hands out a new OAuth state for an integration that is not connected: random, bound to the
 * integration and the admin, valid for ten minutes and once. Only its hash is stored; the state itself goes
 * into the authorize URL only. Compensation deletes the stored hash.
 */
export const createOAuthStateStep = createStep(
  createOAuthStateStepId,
  async ({ integration_id, actor_id }: CreateOAuthStateStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { clientId, publicUrl, oauthAuthorizeUrl } = await service.getOptions()
    if (!clientId) {
      throw new StripeConnectError(
        "invalid_request",
        "OAuth is not configured: set the plugin option clientId (your platform's ca_... id from the Stripe dashboard)"
      )
    }
    const integration = await service.retrieveStripeIntegration(integration_id)
    if (integration.status === "connected") {
      throw new StripeConnectError(
        "conflict",
        `Stripe integration ${integration_id} is already connected to ${integration.stripe_account_id}; disconnect it first`
      )
    }
    const state = generateOAuthState(integration_id)
    const expiresAt = new Date(Date.now() + OAUTH_STATE_TTL_MS)
    const stored = await service.createOAuthStates({
      state_hash: hashOAuthState(state),
      integration_id,
      actor_id,
      expires_at: expiresAt,
    })
    return new StepResponse(
      {
        authorize_url: buildAuthorizeUrl({ authorizeUrl: oauthAuthorizeUrl, clientId, publicUrl, state }),
        expires_at: expiresAt.toISOString(),
      },
      stored.id
    )
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteOAuthStates(id)
  }
)
