import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

export type ValidateSalesChannelsStepInput = {
  account_id: string
  add: string[]
}

export const validateSalesChannelsStepId = "validate-connected-account-sales-channels"

/**
 * This step checks that every sales channel to link exists (400 naming `add` otherwise). It writes nothing; whether
 * a channel is free is decided by `claimSalesChannelsStep` in the same statement that claims it.
 */
export const validateSalesChannelsStep = createStep(
  validateSalesChannelsStepId,
  async ({ add }: ValidateSalesChannelsStepInput, { container }) => {
    if (!add.length) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: add } })
    const found = new Set(channels.map((channel) => channel.id as string))
    const missing = add.filter((id) => !found.has(id))
    if (missing.length) {
      throw new StripeConnectError("invalid_request", `add: no sales channel with id ${missing.join(", ")}`, {
        param: "add",
      })
    }
    return new StepResponse(undefined)
  }
)
