import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectSellerTransferEvents } from "../../../types/seller-transfers"
import { toSellerTransferEventData } from "../../seller-transfers/utils/seller-transfer-event-data"
import { reverseSellerDisputeSharesStep } from "../steps/reverse-seller-dispute-shares"
import type { SellerDisputeInput } from "../utils/seller-dispute"

export const reverseSellerDisputeSharesWorkflowId = "reverse-seller-dispute-shares"

/**
 * When a multi-seller charge is disputed, reverses each seller's share of the disputed amount from its transfer
 * (docs/api.md#seller-disputes), telling the host `stripe.seller_transfer.reversed` / `.reversal_failed` with
 * reason `dispute`.
 */
export const reverseSellerDisputeSharesWorkflow = createWorkflow(
  reverseSellerDisputeSharesWorkflowId,
  (input: SellerDisputeInput) => {
    const outcome = reverseSellerDisputeSharesStep(input)
    when({ outcome }, ({ outcome }) => outcome.reversed.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_REVERSED,
        data: transform({ outcome }, ({ outcome }) =>
          outcome.reversed.map((row) => toSellerTransferEventData(row, "dispute"))
        ),
      }).config({ name: "emit-seller-dispute-reversed" })
    })
    when({ outcome }, ({ outcome }) => outcome.failed.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_REVERSAL_FAILED,
        data: transform({ outcome }, ({ outcome }) =>
          outcome.failed.map((row) => toSellerTransferEventData(row, "dispute"))
        ),
      }).config({ name: "emit-seller-dispute-reversal-failed" })
    })
    return new WorkflowResponse(outcome)
  }
)
