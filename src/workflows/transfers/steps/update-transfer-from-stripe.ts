import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { transferStatus } from "../../../modules/stripe-connect/transfers"
import type { StoredTransfer } from "../utils/to-transfer-document"

export type UpdateTransferFromStripeStepInput = {
  id: string
  transfer: Stripe.Transfer
}

export const updateTransferFromStripeStepId = "update-stripe-connect-transfer-from-stripe"

/**
 * This step copies Stripe's reversed amount onto the stored transfer and recomputes its status. Compensation
 * restores the previous amount and status.
 */
export const updateTransferFromStripeStep = createStep(
  updateTransferFromStripeStepId,
  async (input: UpdateTransferFromStripeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = (await service.retrieveStripeConnectTransfer(input.id)) as StoredTransfer
    const arrival = before.arrival_date ? Date.parse(`${before.arrival_date}T00:00:00Z`) / 1000 : null
    const status = transferStatus({
      amount: input.transfer.amount,
      amount_reversed: input.transfer.amount_reversed,
      available_on: before.status === "pending" ? arrival : null,
      now: Math.floor(Date.now() / 1000),
    })
    const updated = await service.updateStripeConnectTransfers({ id: input.id, amount_reversed: input.transfer.amount_reversed, status })
    return new StepResponse(updated as StoredTransfer, { id: before.id, amount_reversed: before.amount_reversed, status: before.status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).updateStripeConnectTransfers(previous)
  }
)
