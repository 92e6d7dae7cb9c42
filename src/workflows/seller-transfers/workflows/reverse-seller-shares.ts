import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectSellerTransferEvents } from "../../../types/seller-transfers"
import { reverseSellerSharesStep, type ReverseSellerSharesStepInput } from "../steps/reverse-seller-shares"
import { toSellerTransferEventData } from "../utils/seller-transfer-event-data"

const reasonOf = (input: ReverseSellerSharesWorkflowInput) => (input.kind === "retry" ? "retry" : "refund")

export type ReverseSellerSharesWorkflowInput = ReverseSellerSharesStepInput

export const reverseSellerSharesWorkflowId = "reverse-seller-shares"

/**
 * Reverses seller transfers of a multi-seller charge by their shares of a refund (docs/api.md#seller-transfers),
 * telling the host `stripe.seller_transfer.reversed` per reversal made and `stripe.seller_transfer.reversal_failed`
 * per reversal Stripe refused (the seller's debt, retried by a job).
 */
export const reverseSellerSharesWorkflow = createWorkflow(
  reverseSellerSharesWorkflowId,
  (input: ReverseSellerSharesWorkflowInput) => {
    const outcome = reverseSellerSharesStep(input)
    when({ outcome }, ({ outcome }) => outcome.reversed.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_REVERSED,
        data: transform({ outcome, input }, ({ outcome, input }) =>
          outcome.reversed.map((row) => toSellerTransferEventData(row, reasonOf(input)))
        ),
      }).config({ name: "emit-seller-transfer-reversed" })
    })
    when({ outcome }, ({ outcome }) => outcome.failed.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_REVERSAL_FAILED,
        data: transform({ outcome, input }, ({ outcome, input }) =>
          outcome.failed.map((row) => toSellerTransferEventData(row, reasonOf(input)))
        ),
      }).config({ name: "emit-seller-transfer-reversal-failed" })
    })
    return new WorkflowResponse(outcome)
  }
)
