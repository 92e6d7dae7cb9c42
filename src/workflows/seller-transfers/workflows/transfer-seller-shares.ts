import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectSellerTransferEvents } from "../../../types/seller-transfers"
import { transferSellerSharesStep } from "../steps/transfer-seller-shares"
import { toSellerTransferEventData } from "../utils/seller-transfer-event-data"

export type TransferSellerSharesWorkflowInput = { payment_intent_id: string }

export const transferSellerSharesWorkflowId = "transfer-seller-shares"

/**
 * Once a multi-seller charge is captured, pays each seller one transfer and tells the host
 * `stripe.seller_transfer.created` for each transfer this run made (docs/api.md#seller-transfers).
 */
export const transferSellerSharesWorkflow = createWorkflow(
  transferSellerSharesWorkflowId,
  (input: TransferSellerSharesWorkflowInput) => {
    const transferred = transferSellerSharesStep(input)
    when({ transferred }, ({ transferred }) => transferred.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_CREATED,
        data: transform({ transferred }, ({ transferred }) =>
          transferred.map((row) => toSellerTransferEventData(row, "capture"))
        ),
      })
    })
    return new WorkflowResponse(transferred)
  }
)
