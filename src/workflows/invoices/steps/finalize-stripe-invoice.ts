import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { invoiceIdempotencyKeys } from "../../../modules/stripe-connect/invoices/idempotency-keys"

export type FinalizeStripeInvoiceStepInput = { stripe_account_id: string; stripe_invoice_id: string }

export const finalizeStripeInvoiceStepId = "finalize-stripe-invoice"

/**
 * This step finalizes a draft invoice (it becomes `open`, with a number and a `hosted_invoice_url`). Compensation
 * voids it, so a send that fails later leaves no payable invoice behind.
 */
export const finalizeStripeInvoiceStep = createStep(
  finalizeStripeInvoiceStepId,
  async (input: FinalizeStripeInvoiceStepInput, { container }) => {
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    try {
      const invoice = await stripe.invoices.finalizeInvoice(
        input.stripe_invoice_id,
        { auto_advance: false },
        { stripeAccount: input.stripe_account_id, idempotencyKey: invoiceIdempotencyKeys.finalize(input.stripe_invoice_id) }
      )
      return new StepResponse(invoice, input)
    } catch (error) {
      throw mapStripeError(error, { accountId: input.stripe_account_id, action: `finalize invoice ${input.stripe_invoice_id}` })
    }
  },
  async (finalized, { container }) => {
    if (!finalized) {
      return
    }
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const invoice = await stripe.invoices.retrieve(finalized.stripe_invoice_id, {}, { stripeAccount: finalized.stripe_account_id })
    if (invoice.status === "open") {
      await stripe.invoices.voidInvoice(
        finalized.stripe_invoice_id,
        {},
        { stripeAccount: finalized.stripe_account_id, idempotencyKey: invoiceIdempotencyKeys.voidInvoice(finalized.stripe_invoice_id) }
      )
    }
  }
)
