import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

export type ValidateSalesChannelsStepInput = {
  account_id: string
  add: string[]
}

export const validateSalesChannelsStepId = "validate-connected-account-sales-channels"

/**
 * This step checks that every sales channel to link exists and is not already linked to another connected
 * account (checkout finds a cart's merchant through this link, so a channel belongs to one account). It writes
 * nothing.
 */
export const validateSalesChannelsStep = createStep(
  validateSalesChannelsStepId,
  async ({ account_id, add }: ValidateSalesChannelsStepInput, { container }) => {
    if (!add.length) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: channels } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "connected_account.id"],
      filters: { id: add },
    })
    const found = new Set(channels.map((channel) => channel.id as string))
    const missing = add.filter((id) => !found.has(id))
    if (missing.length) {
      throw new StripeConnectError("invalid_request", `add: no sales channel with id ${missing.join(", ")}`, {
        param: "add",
      })
    }
    for (const channel of channels) {
      const linked = (channel as { connected_account?: { id: string } | null }).connected_account
      if (linked && linked.id !== account_id) {
        throw new StripeConnectError(
          "conflict",
          `add: sales channel ${channel.id} is already linked to another connected account; unlink it there first`,
          { param: "add" }
        )
      }
    }
    return new StepResponse(undefined)
  }
)
