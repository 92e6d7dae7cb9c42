import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { validateSalesChannelsStep } from "../steps/validate-sales-channels"

export type UpdateConnectedAccountSalesChannelsWorkflowInput = {
  /** The stored connected account's id (`scacct_...`). */
  id: string
  add: string[]
  remove: string[]
}

export const updateConnectedAccountSalesChannelsWorkflowId = "update-connected-account-sales-channels"

/**
 * Links sales channels to a connected account and unlinks others. Both steps are Medusa's link steps, which
 * undo themselves when a later step fails.
 */
export const updateConnectedAccountSalesChannelsWorkflow = createWorkflow(
  updateConnectedAccountSalesChannelsWorkflowId,
  (input: UpdateConnectedAccountSalesChannelsWorkflowInput) => {
    validateSalesChannelsStep(transform({ input }, ({ input }) => ({ account_id: input.id, add: input.add })))

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
