import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { restoreForWonDispute, type SellerDisputeInput } from "../utils/seller-dispute"

export type RestoreSellerDisputeSharesStepInput = Omit<SellerDisputeInput, "amount">

export const restoreSellerDisputeSharesStepId = "restore-stripe-connect-seller-dispute-shares"

/**
 * This step gives each seller back what a won dispute had reversed of its transfer (`restoreForWonDispute`). No
 * compensation: a transfer made stays made, and the row records it, so a rerun gives nothing back twice.
 */
export const restoreSellerDisputeSharesStep = createStep(
  restoreSellerDisputeSharesStepId,
  async (input: RestoreSellerDisputeSharesStepInput, { container }) =>
    new StepResponse(await restoreForWonDispute(container, input))
)
