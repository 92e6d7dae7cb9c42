import Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { accountIdempotencyKeys } from "../../../modules/stripe-connect/accounts/idempotency-keys"

export type DeauthorizeStripeAccountStepInput = {
  stripe_account_id: string
  /** When the connection being revoked was made; with the account it names the operation. */
  connected_at: string
}

export const deauthorizeStripeAccountStepId = "deauthorize-stripe-account"

/**
 * This step revokes the platform's OAuth access to a Stripe account (`/oauth/deauthorize`). An account that
 * is already not connected counts as revoked. Revoking cannot be undone, so the workflow runs this step last
 * and it has no compensation.
 */
export const deauthorizeStripeAccountStep = createStep(
  deauthorizeStripeAccountStepId,
  async (input: DeauthorizeStripeAccountStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const clientId = service.getOptions().clientId
    if (!clientId) {
      return new StepResponse({ revoked: false })
    }
    try {
      await service
        .getStripeClient()
        .oauth.deauthorize(
          { client_id: clientId, stripe_user_id: input.stripe_account_id },
          { idempotencyKey: accountIdempotencyKeys.oauthDeauthorize(input.stripe_account_id, input.connected_at) }
        )
      return new StepResponse({ revoked: true })
    } catch (error) {
      if (isAlreadyDisconnected(error)) {
        return new StepResponse({ revoked: true })
      }
      throw mapStripeError(error, { accountId: input.stripe_account_id, action: "revoke the OAuth connection" })
    }
  }
)

/** Stripe answers `invalid_client` when the account is no longer connected to the platform. */
function isAlreadyDisconnected(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return false
  }
  const raw = error.raw as { error?: unknown } | undefined
  return error.code === "invalid_client" || raw?.error === "invalid_client" || error.type === "StripePermissionError"
}
