import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PreparedCheckoutSession, PreparedSession } from "../../../providers/stripe-connect/types"
import { resolveCheckoutAccountStep } from "../steps/resolve-checkout-account"
import { computePaymentFeeStep } from "../steps/compute-payment-fee"
import { resolveCheckoutSellersStep } from "../../sellers/steps/resolve-checkout-sellers"
import { recordCheckoutSellersStep } from "../../sellers/steps/record-checkout-sellers"

export type PrepareCheckoutPaymentSessionWorkflowInput = {
  payment_collection_id: string
  requested_account_id?: string | null
  requested_merchant_id?: string | null
}

export const prepareCheckoutPaymentSessionWorkflowId = "prepare-checkout-payment-session"

/**
 * Decides, on the server, who a storefront payment session pays and the platform's fee on it, for the
 * `stripe-connect` payment provider (which cannot read the plugin's tables). The sellers fixed for the cart's
 * products decide: none of their own, the sales channel's account (a destination charge); one, a destination charge
 * to it; several, one platform charge (separate charges and transfers, no fee on the charge). Writes only the
 * sellers of cart lines that had none fixed yet, and only once every check has passed.
 */
export const prepareCheckoutPaymentSessionWorkflow = createWorkflow(
  prepareCheckoutPaymentSessionWorkflowId,
  (input: PrepareCheckoutPaymentSessionWorkflowInput) => {
    const sellers = resolveCheckoutSellersStep(input)

    const byChannel = when(
      "checkout-pays-sales-channel",
      { sellers },
      ({ sellers }) => sellers.split.mode === "channel"
    ).then(() => {
      const account = resolveCheckoutAccountStep(input)
      const fee = computePaymentFeeStep(
        transform({ account }, ({ account }) => ({
          amount: account.amount,
          currency: account.currency,
          merchant_id: account.merchant_id,
        }))
      )
      return transform({ account, fee }, ({ account, fee }): PreparedCheckoutSession => ({
        mode: "destination",
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
    })

    const bySeller = when(
      "checkout-pays-one-seller",
      { sellers },
      ({ sellers }) => sellers.split.mode === "destination"
    ).then(() => {
      const fee = computePaymentFeeStep(
        transform({ sellers }, ({ sellers }) => ({
          amount: sellers.amount,
          currency: sellers.currency,
          merchant_id: sellers.split.mode === "destination" ? sellers.split.payee.merchant_id : "",
        }))
      ).config({ name: "compute-seller-payment-fee" })
      return transform({ sellers, fee }, ({ sellers, fee }): PreparedCheckoutSession | null => {
        if (sellers.split.mode !== "destination") {
          return null
        }
        const { payee } = sellers.split
        return {
          mode: "destination",
          account_id: payee.stripe_account_id,
          merchant_id: payee.merchant_id,
          currency: sellers.currency,
          application_fee_amount: fee.fee,
          fee_basis_amount: sellers.amount,
          fee_percent: fee.fee_percent,
          fee_fixed: fee.fee_fixed,
          transfer_group: sellers.cart_id,
          cart_id: sellers.cart_id,
          sellers: [
            { account_id: payee.stripe_account_id, merchant_id: payee.merchant_id, product_ids: payee.product_ids },
          ],
        }
      })
    })

    const prepared = transform(
      { sellers, byChannel, bySeller },
      ({ sellers, byChannel, bySeller }): PreparedSession => {
        if (sellers.split.mode === "separate_charges") {
          return {
            mode: "separate_charges",
            currency: sellers.currency,
            amount: sellers.amount,
            transfer_group: sellers.cart_id,
            cart_id: sellers.cart_id,
            sellers: sellers.split.payees.map((payee) => ({
              account_id: payee.stripe_account_id,
              merchant_id: payee.merchant_id,
              product_ids: payee.product_ids,
            })),
          }
        }
        return (byChannel ?? bySeller) as PreparedCheckoutSession
      }
    )
    recordCheckoutSellersStep(
      transform({ sellers }, ({ sellers }) => ({ cart_id: sellers.cart_id, planned: sellers.planned }))
    )
    return new WorkflowResponse(prepared)
  }
)
