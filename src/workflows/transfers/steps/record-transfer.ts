import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { storeTransfer, type TransferRecordContext } from "../utils/store-transfer"

export type RecordTransferStepInput = TransferRecordContext & {
  transfer: Stripe.Transfer
  available_on: number | null
}

export const recordTransferStepId = "record-stripe-connect-transfer"

/**
 * This step stores a transfer made at Stripe (or returns the row of a retried request or of its recovery: the
 * transfer id is unique). Compensation deletes the row it created.
 */
export const recordTransferStep = createStep(
  recordTransferStepId,
  async (input: RecordTransferStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { row, inserted } = await storeTransfer(service, input.transfer, input.available_on, input)
    return new StepResponse(row, inserted ? row.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).deleteStripeConnectTransfers(createdId)
  }
)
