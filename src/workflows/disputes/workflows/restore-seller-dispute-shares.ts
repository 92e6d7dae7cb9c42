import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectSellerTransferEvents } from "../../../types/seller-transfers"
import { toSellerTransferEventData } from "../../seller-transfers/utils/seller-transfer-event-data"
import {
  restoreSellerDisputeSharesStep,
  type RestoreSellerDisputeSharesStepInput,
} from "../steps/restore-seller-dispute-shares"

export const restoreSellerDisputeSharesWorkflowId = "restore-seller-dispute-shares"

/**
 * When a dispute on a multi-seller charge is won, gives each seller back what the dispute reversed
 * (docs/api.md#seller-disputes), telling the host `stripe.seller_transfer.created` with reason `dispute_won`.
 */
export const restoreSellerDisputeSharesWorkflow = createWorkflow(
  restoreSellerDisputeSharesWorkflowId,
  (input: RestoreSellerDisputeSharesStepInput) => {
    const outcome = restoreSellerDisputeSharesStep(input)
    when({ outcome }, ({ outcome }) => outcome.restored.length > 0).then(() => {
      emitEventStep({
        eventName: StripeConnectSellerTransferEvents.SELLER_TRANSFER_CREATED,
        data: transform({ outcome }, ({ outcome }) =>
          outcome.restored.map((row) => toSellerTransferEventData(row, "dispute_won"))
        ),
      }).config({ name: "emit-seller-dispute-restored" })
    })
    return new WorkflowResponse(outcome)
  }
)
