import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { integrationSnapshotFromStripe } from "../../../modules/stripe-connect/integrations/account-snapshot"
import { StripeConnectAccountEvents } from "../../../types/accounts"
import { retrieveStripeAccountStep } from "../../accounts/steps/retrieve-stripe-account"
// Imported from the step file, not the webhook-events barrel: that barrel reaches the handler registry, which
// imports this domain's handlers, and a barrel import here would be a cycle.
import { registerAccountWebhookEndpointStep } from "../../webhook-events/steps/register-account-webhook-endpoint"
import { exchangeOAuthCodeStep } from "../steps/exchange-oauth-code"
import { markIntegrationConnectedStep } from "../steps/mark-integration-connected"

export type ConnectStripeIntegrationWorkflowInput = {
  integration_id: string
  /** The admin who started the authorization (from the consumed state). */
  actor_id: string
  code: string
}

export const connectStripeIntegrationWorkflowId = "connect-stripe-integration"

/**
 * Finishes OAuth for an integration: exchanges the code, reads the connected account, stores the connection
 * with sealed tokens and marks the instance connected, registers the per-account webhook endpoint
 * (`/hooks/stripe-connect/accounts/:account_id`, secret stored sealed), then emits `stripe.integration_connected`
 * `{ id, account_id, merchant_id }`. A failure undoes it all, down to revoking the new connection at Stripe.
 */
export const connectStripeIntegrationWorkflow = createWorkflow(
  connectStripeIntegrationWorkflowId,
  (input: ConnectStripeIntegrationWorkflowInput) => {
    const connection = exchangeOAuthCodeStep({ code: input.code })
    const account = retrieveStripeAccountStep(
      transform({ connection }, ({ connection }) => ({ account_id: connection.stripe_account_id }))
    )
    const markInput = transform({ input, connection, account }, ({ input, connection, account }) => ({
      integration_id: input.integration_id,
      actor_id: input.actor_id,
      connection,
      ...integrationSnapshotFromStripe(account),
    }))
    const connected = markIntegrationConnectedStep(markInput)
    registerAccountWebhookEndpointStep(
      transform({ connected }, ({ connected }) => ({ account_id: connected.stripe_account_id }))
    )
    emitEventStep({
      eventName: StripeConnectAccountEvents.INTEGRATION_CONNECTED,
      data: transform({ connected }, ({ connected }) => ({
        id: connected.id,
        account_id: connected.stripe_account_id,
        merchant_id: connected.merchant_id,
      })),
    })
    return new WorkflowResponse(connected)
  }
)
