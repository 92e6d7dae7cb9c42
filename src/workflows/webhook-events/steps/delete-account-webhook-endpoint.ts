import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { createAccountEndpoint, deleteEndpointAtStripe } from "../utils/account-endpoints"
import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"

export type DeleteAccountWebhookEndpointStepInput = {
  /** The connected Stripe account (`acct_...`) whose endpoints are removed. */
  account_id: string
}

type Compensation = {
  account_id: string
  endpoints: { stripe_endpoint_id: string; url: string; enabled_events: string[] }[]
}

export const deleteAccountWebhookEndpointStepId = "delete-account-webhook-endpoint"

/**
 * This step deletes the webhook endpoints the plugin registered on a connected account, at Stripe (an endpoint
 * or account Stripe no longer knows counts as deleted) and here. A deleted endpoint cannot be restored at
 * Stripe, so compensation registers a new one with the same URL and events (with a new secret).
 */
export const deleteAccountWebhookEndpointStep = createStep(
  deleteAccountWebhookEndpointStepId,
  async (input: DeleteAccountWebhookEndpointStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const endpoints = await service.listWebhookEndpoints({ account_id: input.account_id }, { take: null })
    const removed: Compensation["endpoints"] = []
    for (const endpoint of endpoints) {
      await deleteEndpointAtStripe(service, input.account_id, endpoint.stripe_endpoint_id)
      await service.softDeleteWebhookEndpoints(endpoint.id)
      removed.push({
        stripe_endpoint_id: endpoint.stripe_endpoint_id,
        url: endpoint.url,
        enabled_events: (endpoint.enabled_events as string[] | null) ?? [],
      })
    }
    await service.forgetAccountWebhookSecrets(input.account_id)
    return new StepResponse<{ deleted: string[] }, Compensation>(
      { deleted: removed.map((endpoint) => endpoint.stripe_endpoint_id) },
      { account_id: input.account_id, endpoints: removed }
    )
  },
  async (compensation, { container }) => {
    if (!compensation?.endpoints.length) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    for (const endpoint of compensation.endpoints) {
      try {
        await createAccountEndpoint(service, {
          account_id: compensation.account_id,
          url: endpoint.url,
          enabled_events: endpoint.enabled_events,
          idempotency_key: stripeIdempotencyKeys.recreateWebhookEndpoint(endpoint.stripe_endpoint_id),
        })
      } catch (error) {
        logger.warn(
          `stripe-connect: could not re-register the webhook endpoint of ${compensation.account_id}: ${errorMessageOf(
            error
          )}`
        )
      }
    }
  }
)
