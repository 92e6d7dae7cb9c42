import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

export type DeauthorizeStripeAccountStepInput = {
  stripe_account_id: string
  /** When the connection being revoked was made; with the account it names the operation. */
  connected_at: string
}

export const deauthorizeStripeAccountStepId = "deauthorize-stripe-account"

/**
 * This step revokes the platform's OAuth access to a Stripe account (`/oauth/deauthorize`). An account that
 * is already not connected (its owner revoked access first: Stripe answers `invalid_client`) counts as revoked,
 * with a warning, so the integration is still disconnected here. Revoking cannot be undone, so the workflow runs this step last
 * and it has no compensation.
 */
export const deauthorizeStripeAccountStep = createStep(
  deauthorizeStripeAccountStepId,
  async (input: DeauthorizeStripeAccountStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { clientId } = await service.getOptions()
    if (!clientId) {
      return new StepResponse({ revoked: false })
    }
    const gateway = await service.getStripeGateway()
    const { already } = await gateway.oauth.deauthorize(
      clientId,
      input.stripe_account_id,
      stripeIdempotencyKeys.oauthDeauthorize(input.stripe_account_id, input.connected_at)
    )
    if (already) {
      container
        .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        .warn(
          `Stripe account ${input.stripe_account_id} was already not connected to the platform; disconnecting it here only.`
        )
    }
    return new StepResponse({ revoked: true })
  }
)
