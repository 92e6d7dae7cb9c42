import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { isVoidable } from "../../../modules/stripe-connect/invoices/invoice-status"

export type VoidStripeInvoiceStepInput = { stripe_account_id: string; stripe_invoice_id: string }

export type VoidStripeInvoiceStepOutput = { status: "void"; voided_at: Date; invoice: Stripe.Invoice | null }

export const voidStripeInvoiceStepId = "void-stripe-invoice"

/**
 * This step voids an open invoice at Stripe (the customer can no longer pay it) or deletes a draft, after reading
 * its current status from Stripe: a paid invoice is a 400 that says to refund instead; void or uncollectible
 * invoices are a 400 naming their status. Voiding cannot be undone, so there is no compensation.
 */
export const voidStripeInvoiceStep = createStep(
  voidStripeInvoiceStepId,
  async (input: VoidStripeInvoiceStepInput, { container }): Promise<StepResponse<VoidStripeInvoiceStepOutput>> => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const stripeAccount = input.stripe_account_id
    const current = await gateway.invoices.retrieve(stripeAccount, input.stripe_invoice_id)
    const status = current.status ?? "draft"
    if (status === "paid") {
      throw new StripeConnectError(
        "invalid_request",
        `Invoice ${input.stripe_invoice_id} is paid and cannot be voided; issue a refund instead (POST /admin/stripe-connect/invoices/:id/refund)`
      )
    }
    if (!isVoidable(status)) {
      throw new StripeConnectError(
        "invalid_request",
        `Invoice ${input.stripe_invoice_id} is ${status}; only draft or open invoices can be voided`
      )
    }
    if (status === "draft") {
      await gateway.invoices.delete(stripeAccount, input.stripe_invoice_id)
      return new StepResponse<VoidStripeInvoiceStepOutput>({ status: "void", voided_at: new Date(), invoice: null })
    }
    const voided = await gateway.invoices.void(
      stripeAccount,
      input.stripe_invoice_id,
      stripeIdempotencyKeys.voidInvoice(input.stripe_invoice_id)
    )
    return new StepResponse<VoidStripeInvoiceStepOutput>({ status: "void", voided_at: new Date(), invoice: voided })
  }
)
