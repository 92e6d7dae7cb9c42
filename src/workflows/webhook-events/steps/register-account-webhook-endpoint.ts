import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { accountWebhookUrl } from "../../../modules/stripe-connect/webhooks/account-endpoint"
import { handledWebhookEventTypes } from "../handlers/registry"
import {
  createAccountEndpoint,
  deleteEndpointAtStripe,
  toAccountWebhookEndpoint,
  type AccountWebhookEndpoint,
} from "../utils/account-endpoints"

export type RegisterAccountWebhookEndpointStepInput = {
  /** The connected Stripe account (`acct_...`). */
  account_id: string
}

type Compensation = { created: { id: string; stripe_endpoint_id: string; account_id: string } | null }

export const registerAccountWebhookEndpointStepId = "register-account-webhook-endpoint"

/**
 * This step registers a webhook endpoint at Stripe on a connected account, delivering to
 * `/hooks/stripe-connect/accounts/:account_id`, subscribed to the event types the plugin handles (the handlers'
 * registry), and stores its signing secret sealed. An endpoint the plugin
 * already registered for the account (same URL) is returned as it is. Compensation deletes the endpoint it
 * created, at Stripe and here.
 */
export const registerAccountWebhookEndpointStep = createStep(
  registerAccountWebhookEndpointStepId,
  async (input: RegisterAccountWebhookEndpointStepInput, { container, context }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const url = accountWebhookUrl((await service.getOptions()).publicUrl, input.account_id)

    const [existing] = await service.listWebhookEndpoints({ account_id: input.account_id, url }, { take: 1 })
    if (existing) {
      return new StepResponse<AccountWebhookEndpoint, Compensation>(toAccountWebhookEndpoint(existing), {
        created: null,
      })
    }

    const endpoint = await createAccountEndpoint(service, {
      account_id: input.account_id,
      url,
      enabled_events: handledWebhookEventTypes(),
      idempotency_key: stripeIdempotencyKeys.createWebhookEndpoint(input.account_id, context.transactionId ?? url),
    })
    return new StepResponse<AccountWebhookEndpoint, Compensation>(endpoint, {
      created: {
        id: endpoint.id,
        stripe_endpoint_id: endpoint.stripe_endpoint_id,
        account_id: endpoint.account_id,
      },
    })
  },
  async (compensation, { container }) => {
    const created = compensation?.created
    if (!created) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await deleteEndpointAtStripe(service, created.account_id, created.stripe_endpoint_id)
    await service.deleteWebhookEndpoints(created.id)
  }
)
