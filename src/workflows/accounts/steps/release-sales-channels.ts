import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type ReleaseSalesChannelsStepInput = {
  /** The stored connected account's id (`scacct_...`). */
  account_id: string
  remove: string[]
}

type Released = { account_id: string; merchant_id: string; sales_channel_ids: string[] }

export const releaseSalesChannelsStepId = "release-connected-account-sales-channels"

/**
 * This step gives up the account's ownership of the sales channels (channels it does not own are left alone).
 * Compensation claims them back for the account.
 */
export const releaseSalesChannelsStep = createStep(
  releaseSalesChannelsStepId,
  async ({ account_id, remove }: ReleaseSalesChannelsStepInput, { container }) => {
    if (!remove.length) {
      return new StepResponse<void, Released | null>(undefined, null)
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const account = await service.retrieveConnectedAccount(account_id)
    const released = await service.releaseSalesChannels(account.id, remove)
    return new StepResponse<void, Released | null>(
      undefined,
      released.length ? { account_id, merchant_id: account.merchant_id, sales_channel_ids: released } : null
    )
  },
  async (released, { container }) => {
    if (!released) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.claimSalesChannels(
      { connected_account_id: released.account_id, merchant_id: released.merchant_id },
      released.sales_channel_ids
    )
  }
)
