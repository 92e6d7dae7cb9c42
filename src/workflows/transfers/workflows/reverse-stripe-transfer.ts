import type Stripe from "stripe"
import { createWorkflow, transform, WorkflowResponse, type ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import type { TransferRow } from "../../../modules/stripe-connect/types"
import { reverseStripeTransferStep } from "../steps/reverse-stripe-transfer"
import { updateTransferFromStripeStep } from "../steps/update-transfer-from-stripe"

export type ReverseStripeTransferWorkflowInput = {
  id: string
  transfer_id: string
  stripe_account_id: string
  amount?: number
  description?: string | null
  request_id: string
}

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type ReverseStripeTransferWorkflow = ReturnWorkflow<
  ReverseStripeTransferWorkflowInput,
  { reversal: Stripe.TransferReversal; transfer: TransferRow },
  []
>

export const reverseStripeTransferWorkflowId = "reverse-stripe-transfer"

/**
 * Reverse transfer (docs/api.md#reverse-transfer): reverses at Stripe, then stores the transfer's new reversed amount.
 */
export const reverseStripeTransferWorkflow: ReverseStripeTransferWorkflow = createWorkflow(
  reverseStripeTransferWorkflowId,
  (input: ReverseStripeTransferWorkflowInput) => {
    const result = reverseStripeTransferStep(input)
    const transfer = updateTransferFromStripeStep(
      transform({ input, result }, ({ input, result }) => ({
        id: input.id,
        transfer: result.transfer,
        after_irreversible_write: true,
      }))
    )
    return new WorkflowResponse({ reversal: result.reversal, transfer })
  }
)
