import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectAccountEvents } from "../../../types/accounts"
import { clearIntegrationConnectionStep } from "../steps/clear-integration-connection"
import { deauthorizeStripeAccountStep } from "../steps/deauthorize-stripe-account"
// Imported from the step file, not the webhook-events barrel (which reaches the handler registry: a cycle).
import { deleteAccountWebhookEndpointStep } from "../../webhook-events/steps/delete-account-webhook-endpoint"

export type DisconnectStripeIntegrationWorkflowInput = {
  id: string
  /** `admin`: an admin disconnected it (revoke at Stripe); `deauthorized`: Stripe told us access was revoked. */
  reason: "admin" | "deauthorized"
  /** For a deauthorization: the account it revoked and its event's `created`; a newer connection is left alone. */
  revoked?: { account: string; at: number } | null
}

export const disconnectStripeIntegrationWorkflowId = "disconnect-stripe-integration"

/**
 * Disconnects an integration: forgets its tokens and marks it disconnected, deletes the per-account webhook
 * endpoint, then (when an admin asked) revokes
 * the access at Stripe as the last, irreversible step, and emits `stripe.integration_disconnected`
 * `{ id, account_id, merchant_id, reason }`. New invoices and pay links are refused until it is connected again.
 */
export const disconnectStripeIntegrationWorkflow = createWorkflow(
  disconnectStripeIntegrationWorkflowId,
  (input: DisconnectStripeIntegrationWorkflowInput) => {
    const cleared = clearIntegrationConnectionStep(input)
    deleteAccountWebhookEndpointStep(
      transform({ cleared }, ({ cleared }) => ({ account_id: cleared.stripe_account_id }))
    )

    when({ input }, ({ input }) => input.reason === "admin").then(() => {
      deauthorizeStripeAccountStep(
        transform({ cleared }, ({ cleared }) => ({
          stripe_account_id: cleared.stripe_account_id,
          connected_at: cleared.connected_at,
        }))
      )
    })

    emitEventStep({
      eventName: StripeConnectAccountEvents.INTEGRATION_DISCONNECTED,
      data: transform({ cleared, input }, ({ cleared, input }) => ({
        id: cleared.id,
        account_id: cleared.stripe_account_id,
        merchant_id: cleared.merchant_id,
        reason: input.reason,
      })),
    })
    return new WorkflowResponse(cleared)
  }
)
