import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

export type ExchangeOAuthCodeStepInput = { code: string }

/** What the code exchange yields, with both tokens already sealed: no plaintext token leaves this step. */
export type ExchangedOAuthConnection = {
  stripe_account_id: string
  access_token_sealed: string | null
  refresh_token_sealed: string | null
  stripe_publishable_key: string | null
  scope: string | null
  livemode: boolean | null
}

export const exchangeOAuthCodeStepId = "exchange-oauth-code"

/**
 * This step trades an authorization code for the connected account's id and tokens (`/oauth/token`) and seals
 * the tokens at once, so workflow storage never holds them in plaintext. If a later step fails, compensation
 * revokes the new connection at Stripe (`/oauth/deauthorize`), unless another connected integration uses the
 * same Stripe account, whose access revoking would also end.
 */
export const exchangeOAuthCodeStep = createStep(
  exchangeOAuthCodeStepId,
  async ({ code }: ExchangeOAuthCodeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const token = await (await service.getStripeGateway()).oauth.token(code, stripeIdempotencyKeys.oauthToken(code))
    if (!token.stripe_user_id) {
      throw new StripeConnectError("stripe_error", "Stripe's OAuth answer named no connected account")
    }
    const connection: ExchangedOAuthConnection = {
      stripe_account_id: token.stripe_user_id,
      access_token_sealed: token.access_token ? await service.sealSecret(token.access_token) : null,
      refresh_token_sealed: token.refresh_token ? await service.sealSecret(token.refresh_token) : null,
      stripe_publishable_key: token.stripe_publishable_key ?? null,
      scope: token.scope ?? null,
      livemode: token.livemode ?? null,
    }
    return new StepResponse(connection, {
      stripe_account_id: token.stripe_user_id,
      code_key: stripeIdempotencyKeys.oauthToken(code),
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stillUsed = await service.listStripeIntegrations({
      stripe_account_id: compensation.stripe_account_id,
      status: "connected",
    })
    const { clientId } = await service.getOptions()
    if (stillUsed.length || !clientId) {
      return
    }
    const gateway = await service.getStripeGateway()
    await gateway.oauth.deauthorize(
      clientId,
      compensation.stripe_account_id,
      stripeIdempotencyKeys.oauthDeauthorize(compensation.stripe_account_id, compensation.code_key)
    )
  }
)
