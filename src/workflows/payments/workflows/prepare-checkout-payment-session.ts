import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PreparedCheckoutSession } from "../../../providers/stripe-connect/types"
import { resolveCheckoutAccountStep } from "../steps/resolve-checkout-account"
import { computePaymentFeeStep } from "../steps/compute-payment-fee"

export type PrepareCheckoutPaymentSessionWorkflowInput = {
  payment_collection_id: string
  requested_account_id?: string | null
  requested_merchant_id?: string | null
}

export const prepareCheckoutPaymentSessionWorkflowId = "prepare-checkout-payment-session"

/**
 * Decides, on the server, who a storefront payment session pays and the platform's fee on it, for the
 * `stripe-connect` payment provider (which cannot read the plugin's tables). Writes nothing.
 */
export const prepareCheckoutPaymentSessionWorkflow = createWorkflow(
  prepareCheckoutPaymentSessionWorkflowId,
  (input: PrepareCheckoutPaymentSessionWorkflowInput) => {
    const account = resolveCheckoutAccountStep(input)
    const fee = computePaymentFeeStep(
      transform({ account }, ({ account }) => ({
        amount: account.amount,
        currency: account.currency,
        merchant_id: account.merchant_id,
      }))
    )
    const prepared = transform({ account, fee }, ({ account, fee }): PreparedCheckoutSession => ({
      account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      currency: account.currency,
      application_fee_amount: fee.fee,
      fee_basis_amount: account.amount,
      fee_percent: fee.fee_percent,
      fee_fixed: fee.fee_fixed,
      transfer_group: account.cart_id,
      cart_id: account.cart_id,
    }))
    return new WorkflowResponse(prepared)
  }
)
