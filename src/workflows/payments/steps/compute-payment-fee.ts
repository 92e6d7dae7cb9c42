import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { readAndDecideApplicationFee } from "../../fees/utils/decide-application-fee"

export type ComputePaymentFeeStepInput = {
  amount: number
  currency: string
  merchant_id: string
  /** A fee the caller fixed; null or undefined: from the fee configuration. */
  explicit_fee?: number | null
}

export const computePaymentFeeStepId = "compute-payment-fee"

/**
 * This step decides a payment's application fee with `computeApplicationFee`: the explicit fee, else the fee
 * configuration in force for the currency, with the merchant's volume for the current UTC calendar month
 * (captured minus refunded, this currency) choosing the tier, and what it was decided from (`fee_basis`, kept with
 * the payment for reconciliation), read in one statement (`retrieveFeeBasis`). It writes nothing.
 */
export const computePaymentFeeStep = createStep(
  computePaymentFeeStepId,
  async (input: ComputePaymentFeeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    return new StepResponse(await readAndDecideApplicationFee(service, input))
  }
)
