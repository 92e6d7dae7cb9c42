import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { invoiceIdempotencyKeys } from "../../../modules/stripe-connect/invoices/idempotency-keys"
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
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const stripeAccount = input.stripe_account_id
    const context = { accountId: stripeAccount, action: `void invoice ${input.stripe_invoice_id}` }
    let current: Stripe.Invoice
    try {
      current = await stripe.invoices.retrieve(input.stripe_invoice_id, {}, { stripeAccount })
    } catch (error) {
      throw mapStripeError(error, context)
    }
    const status = current.status ?? "draft"
    if (status === "paid") {
      throw new StripeConnectError(
        "invalid_request",
        `Invoice ${input.stripe_invoice_id} is paid and cannot be voided; issue a refund instead (POST /admin/stripe-connect/invoices/:id/refund)`
      )
    }
    if (!isVoidable(status)) {
      throw new StripeConnectError("invalid_request", `Invoice ${input.stripe_invoice_id} is ${status}; only draft or open invoices can be voided`)
    }
    try {
      if (status === "draft") {
        await stripe.invoices.del(input.stripe_invoice_id, {}, { stripeAccount })
        return new StepResponse<VoidStripeInvoiceStepOutput>({ status: "void", voided_at: new Date(), invoice: null })
      }
      const voided = await stripe.invoices.voidInvoice(input.stripe_invoice_id, {}, { stripeAccount, idempotencyKey: invoiceIdempotencyKeys.voidInvoice(input.stripe_invoice_id) })
      return new StepResponse<VoidStripeInvoiceStepOutput>({ status: "void", voided_at: new Date(), invoice: voided })
    } catch (error) {
      throw mapStripeError(error, context)
    }
  }
)
