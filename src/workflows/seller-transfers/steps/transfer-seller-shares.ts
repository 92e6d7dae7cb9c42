import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferSellerShares } from "../utils/transfer-seller-shares"

export type TransferSellerSharesStepInput = { payment_intent_id: string }

export const transferSellerSharesStepId = "transfer-stripe-connect-seller-shares"

/**
 * This step pays each seller of a captured multi-seller charge its transfer (`transferSellerShares`). It has no
 * compensation: a transfer made stays made, and its row says so, so a rerun transfers nothing twice.
 */
export const transferSellerSharesStep = createStep(
  transferSellerSharesStepId,
  async (input: TransferSellerSharesStepInput, { container }) =>
    new StepResponse(await transferSellerShares(container, input.payment_intent_id))
)
