import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type ClaimSalesChannelsStepInput = {
  /** The stored connected account's id (`scacct_...`). */
  account_id: string
  add: string[]
}

type Claimed = { account_id: string; sales_channel_ids: string[] }

export const claimSalesChannelsStepId = "claim-connected-account-sales-channels"

/**
 * This step makes the account the owner of the sales channels in one statement backed by a unique index
 * (`claimSalesChannels`): a channel another account owns is a 409 `conflict`, and of two claims at once exactly
 * one wins. Compensation gives up the channels this step claimed.
 */
export const claimSalesChannelsStep = createStep(
  claimSalesChannelsStepId,
  async ({ account_id, add }: ClaimSalesChannelsStepInput, { container }) => {
    if (!add.length) {
      return new StepResponse<void, Claimed | null>(undefined, null)
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const account = await service.retrieveConnectedAccount(account_id)
    const claimed = await service.claimSalesChannels(
      { connected_account_id: account.id, merchant_id: account.merchant_id },
      add
    )
    return new StepResponse<void, Claimed | null>(
      undefined,
      claimed.length ? { account_id, sales_channel_ids: claimed } : null
    )
  },
  async (claimed, { container }) => {
    if (!claimed) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.releaseSalesChannels(claimed.account_id, claimed.sales_channel_ids)
  }
)
