import type Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

/** A registered endpoint as steps return it: never the secret. */
export type AccountWebhookEndpoint = {
  id: string
  stripe_endpoint_id: string
  account_id: string
  url: string
  enabled_events: string[]
}

type StoredEndpoint = {
  id: string
  stripe_endpoint_id: string
  account_id: string
  url: string
  enabled_events: unknown
}

export function toAccountWebhookEndpoint(row: StoredEndpoint): AccountWebhookEndpoint {
  return {
    id: row.id,
    stripe_endpoint_id: row.stripe_endpoint_id,
    account_id: row.account_id,
    url: row.url,
    enabled_events: Array.isArray(row.enabled_events) ? (row.enabled_events as string[]) : [],
  }
}

/**
 * Creates the endpoint at Stripe on the connected account and stores it with its secret sealed. When storing
 * fails, the endpoint just made at Stripe is deleted again before the error is rethrown.
 */
export async function createAccountEndpoint(
  service: StripeConnectModuleService,
  input: { account_id: string; url: string; enabled_events: readonly string[]; idempotency_key: string }
): Promise<AccountWebhookEndpoint> {
  const gateway = await service.getStripeGateway()
  const created = await gateway.webhookEndpoints.create(
    input.account_id,
    {
      url: input.url,
      enabled_events: [...input.enabled_events] as Stripe.WebhookEndpointCreateParams.EnabledEvent[],
      description: "medusa-plugin-stripe-connect",
    },
    input.idempotency_key
  )
  try {
    if (!created.secret) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Stripe returned webhook endpoint ${created.id} without its signing secret`
      )
    }
    const row = await service.createWebhookEndpoints({
      stripe_endpoint_id: created.id,
      account_id: input.account_id,
      url: created.url,
      secret_sealed: await service.sealSecret(created.secret),
      enabled_events: created.enabled_events,
      livemode: created.livemode,
    })
    await service.forgetAccountWebhookSecrets(input.account_id)
    return toAccountWebhookEndpoint(row)
  } catch (error) {
    await deleteEndpointAtStripe(service, input.account_id, created.id)
    throw error
  }
}

/**
 * Deletes an endpoint at Stripe. An endpoint or account Stripe no longer knows, or an account that revoked the
 * platform's access, counts as deleted: there is nothing left to deliver.
 */
export async function deleteEndpointAtStripe(
  service: StripeConnectModuleService,
  accountId: string,
  stripeEndpointId: string
): Promise<void> {
  await (await service.getStripeGateway()).webhookEndpoints.delete(accountId, stripeEndpointId)
}
