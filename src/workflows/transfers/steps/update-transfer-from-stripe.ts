import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { transferStatus, transferWriteGuard } from "../../../modules/stripe-connect/transfers"

export type UpdateTransferFromStripeStepInput = {
  id: string
  transfer: Stripe.Transfer
  /** The copy stores a reversal just made, which cannot be undone: it stays when a later step fails. */
  after_irreversible_write?: boolean
}

type Previous = { id: string; amount_reversed: number; status: string }

export const updateTransferFromStripeStepId = "update-stripe-connect-transfer-from-stripe"

/**
 * This step copies Stripe's reversed amount onto the stored transfer and recomputes its status. The write applies
 * only while the stored reversed amount is not above Stripe's, checked in the same statement: a `transfer.*`
 * handler holding a copy read before a staff reversal cannot undo it. When nothing was written the step returns
 * the stored transfer as it is. Compensation restores the previous amount and status, except after a reversal.
 */
export const updateTransferFromStripeStep = createStep(
  updateTransferFromStripeStepId,
  async (input: UpdateTransferFromStripeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await service.retrieveStripeConnectTransfer(input.id)
    const arrival = before.arrival_date ? Date.parse(`${before.arrival_date}T00:00:00Z`) / 1000 : null
    const status = transferStatus({
      amount: input.transfer.amount,
      amount_reversed: input.transfer.amount_reversed,
      available_on: before.status === "pending" ? arrival : null,
      now: Math.floor(Date.now() / 1000),
    })
    const written = await service.updateRecordIfGuardHolds(
      "transfer",
      input.id,
      transferWriteGuard(input.transfer.amount_reversed),
      { amount_reversed: input.transfer.amount_reversed, status }
    )
    const stored = await service.retrieveStripeConnectTransfer(input.id)
    const previous: Previous | null =
      written && !input.after_irreversible_write
        ? { id: before.id, amount_reversed: before.amount_reversed, status: before.status }
        : null
    return new StepResponse(stored, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).updateStripeConnectTransfers(previous)
  }
)
