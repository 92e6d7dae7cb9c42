import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { validateSalesChannelsStep } from "../steps/validate-sales-channels"
import { claimSalesChannelsStep } from "../steps/claim-sales-channels"
import { releaseSalesChannelsStep } from "../steps/release-sales-channels"

export type UpdateConnectedAccountSalesChannelsWorkflowInput = {
  /** The stored connected account's id (`scacct_...`). */
  id: string
  add: string[]
  remove: string[]
}

export const updateConnectedAccountSalesChannelsWorkflowId = "update-connected-account-sales-channels"

/**
 * Links sales channels to a connected account and unlinks others. Who owns a channel is decided by the plugin's
 * own record, claimed in one statement backed by a unique index (a channel owned by another account: 409); the
 * module link then mirrors it for queries through the channel. Every step undoes itself when a later one fails.
 */
export const updateConnectedAccountSalesChannelsWorkflow = createWorkflow(
  updateConnectedAccountSalesChannelsWorkflowId,
  (input: UpdateConnectedAccountSalesChannelsWorkflowInput) => {
    validateSalesChannelsStep(transform({ input }, ({ input }) => ({ account_id: input.id, add: input.add })))
    releaseSalesChannelsStep(transform({ input }, ({ input }) => ({ account_id: input.id, remove: input.remove })))
    claimSalesChannelsStep(transform({ input }, ({ input }) => ({ account_id: input.id, add: input.add })))

    const toDismiss = transform({ input }, ({ input }) =>
      input.remove.map((salesChannelId) => ({
        [STRIPE_CONNECT_MODULE]: { connected_account_id: input.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
      }))
    )
    const toCreate = transform({ input }, ({ input }) =>
      input.add.map((salesChannelId) => ({
        [STRIPE_CONNECT_MODULE]: { connected_account_id: input.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
      }))
    )
    dismissRemoteLinkStep(toDismiss)
    createRemoteLinkStep(toCreate)
    return new WorkflowResponse(input)
  }
)
