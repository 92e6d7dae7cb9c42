import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retryOwedReversals, reverseForChargeRefunds, type ReversalOutcome } from "../utils/reverse-seller-shares"
import { refundSeller, type RefundSellerInput } from "../utils/refund-seller"

export type ReverseSellerSharesStepInput =
  | { kind: "charge_refunded"; payment_intent_id: string; amount_refunded: number }
  | ({ kind: "seller_refund" } & RefundSellerInput)
  | { kind: "retry"; payment_intent_id: string }

export const reverseSellerSharesStepId = "reverse-stripe-connect-seller-shares"

/**
 * This step reverses seller transfers of a multi-seller charge: after refunds seen at Stripe, for a refund of one
 * seller's amount (which it makes), or to retry owed reversals. No compensation: reversals made stay made, and the
 * rows record them.
 */
export const reverseSellerSharesStep = createStep(
  reverseSellerSharesStepId,
  async (input: ReverseSellerSharesStepInput, { container }) => {
    let outcome: ReversalOutcome
    if (input.kind === "charge_refunded") {
      outcome = await reverseForChargeRefunds(container, input.payment_intent_id, input.amount_refunded)
    } else if (input.kind === "seller_refund") {
      outcome = await refundSeller(container, input)
    } else {
      outcome = await retryOwedReversals(container, input.payment_intent_id)
    }
    return new StepResponse(outcome)
  }
)
