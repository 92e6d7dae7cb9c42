import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type ReverseStripeTransferStepInput = {
  transfer_id: string
  stripe_account_id: string
  /** Left out: everything not yet reversed. */
  amount?: number
  description?: string | null
  request_id: string
}

export type ReverseStripeTransferStepOutput = {
  reversal: Stripe.TransferReversal
  transfer: Stripe.Transfer
}

export const reverseStripeTransferStepId = "reverse-stripe-connect-transfer"

/**
 * This step reverses a transfer, at most what is not yet reversed. Under a lock on the transfer it reads it from
 * Stripe, refuses a larger amount (400 naming `amount` and what is left), reverses with the key
 * `stripe-connect:transfer:reverse:<tr>:<request id>:<amount>`, and reads the transfer again. Not enough funds
 * on the connected account is Stripe's `insufficient_balance`. No compensation: a reversal cannot be undone
 * (a new transfer would be a new money movement).
 */
export const reverseStripeTransferStep = createStep(
  reverseStripeTransferStepId,
  async (input: ReverseStripeTransferStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const locked = await runLocked(locking, `stripe-connect:transfer:${input.transfer_id}`, async () => {
      const before = await gateway.transfers.retrieve(input.transfer_id)
      const replayed = before.reversals?.data.find((reversal) => reversal.metadata?.request_id === input.request_id)
      if (replayed) {
        // The same request again (its Idempotency-Key header): answer the reversal it made, reverse nothing more.
        return new StepResponse<ReverseStripeTransferStepOutput>({ reversal: replayed, transfer: before })
      }
      const left = before.amount - before.amount_reversed
      if (left <= 0) {
        throw new StripeConnectError("invalid_request", `Transfer ${input.transfer_id} is already fully reversed`, {
          param: "amount",
        })
      }
      const amount = input.amount ?? left
      if (amount > left) {
        throw new StripeConnectError(
          "invalid_request",
          `amount: ${amount} is more than the ${left} not yet reversed on ${input.transfer_id} (transferred ${before.amount}, reversed ${before.amount_reversed})`,
          { param: "amount" }
        )
      }
      const reversal = await gateway.transfers.reverse(
        input.transfer_id,
        {
          amount,
          ...(input.description ? { description: input.description } : {}),
          metadata: { request_id: input.request_id, ...(input.description ? { description: input.description } : {}) },
        },
        stripeIdempotencyKeys.reverseTransfer(input.transfer_id, input.request_id, input.amount ?? null)
      )
      const transfer = await gateway.transfers.retrieve(input.transfer_id)
      return new StepResponse<ReverseStripeTransferStepOutput>({ reversal, transfer })
    })
    return new StepResponse(locked.output, locked.compensateInput)
  }
)
