import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reverseForDispute, type SellerDisputeInput } from "../utils/seller-dispute"

export const reverseSellerDisputeSharesStepId = "reverse-stripe-connect-seller-dispute-shares"

/**
 * This step reverses each seller's share of a disputed multi-seller charge (`reverseForDispute`). No compensation:
 * reversals made stay made, and the rows record them (a refused one is the seller's debt).
 */
export const reverseSellerDisputeSharesStep = createStep(
  reverseSellerDisputeSharesStepId,
  async (input: SellerDisputeInput, { container }) => new StepResponse(await reverseForDispute(container, input))
)
