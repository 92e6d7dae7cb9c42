import Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { accountIdempotencyKeys } from "../../../modules/stripe-connect/accounts/idempotency-keys"

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
    let token
    try {
      token = await service
        .getStripeClient()
        .oauth.token({ grant_type: "authorization_code", code }, { idempotencyKey: accountIdempotencyKeys.oauthToken(code) })
    } catch (error) {
      if (isRefusedGrant(error)) {
        throw new StripeConnectError(
          "invalid_request",
          "Stripe refused the authorization code (it expired, was already used or belongs to another platform)",
          { param: "code" }
        )
      }
      throw mapStripeError(error, { action: "exchange the authorization code" })
    }
    if (!token.stripe_user_id) {
      throw new StripeConnectError("stripe_error", "Stripe's OAuth answer named no connected account")
    }
    const connection: ExchangedOAuthConnection = {
      stripe_account_id: token.stripe_user_id,
      access_token_sealed: token.access_token ? service.sealSecret(token.access_token) : null,
      refresh_token_sealed: token.refresh_token ? service.sealSecret(token.refresh_token) : null,
      stripe_publishable_key: token.stripe_publishable_key ?? null,
      scope: token.scope ?? null,
      livemode: token.livemode ?? null,
    }
    return new StepResponse(connection, { stripe_account_id: token.stripe_user_id, code_key: accountIdempotencyKeys.oauthToken(code) })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stillUsed = await service.listStripeIntegrations({ stripe_account_id: compensation.stripe_account_id, status: "connected" })
    const clientId = service.getOptions().clientId
    if (stillUsed.length || !clientId) {
      return
    }
    await service
      .getStripeClient()
      .oauth.deauthorize(
        { client_id: clientId, stripe_user_id: compensation.stripe_account_id },
        { idempotencyKey: accountIdempotencyKeys.oauthDeauthorize(compensation.stripe_account_id, compensation.code_key) }
      )
  }
)

/** Stripe's OAuth answers a bad, expired or used code with `invalid_grant`: the code's fault, not Stripe's. */
function isRefusedGrant(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeError &&
    (error.type === "StripeInvalidGrantError" || error.code === "invalid_grant")
  )
}
