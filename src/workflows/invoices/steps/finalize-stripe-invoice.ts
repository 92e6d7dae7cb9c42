import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

export type FinalizeStripeInvoiceStepInput = { stripe_account_id: string; stripe_invoice_id: string }

export const finalizeStripeInvoiceStepId = "finalize-stripe-invoice"

/**
 * This step finalizes a draft invoice (it becomes `open`, with a number and a `hosted_invoice_url`). Compensation
 * voids it, so a send that fails later leaves no payable invoice behind.
 */
export const finalizeStripeInvoiceStep: StepFunction<FinalizeStripeInvoiceStepInput, Stripe.Invoice> = createStep(
  finalizeStripeInvoiceStepId,
  async (input: FinalizeStripeInvoiceStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const invoice = await gateway.invoices.finalize(
      input.stripe_account_id,
      input.stripe_invoice_id,
      { auto_advance: false },
      stripeIdempotencyKeys.finalizeInvoice(input.stripe_invoice_id)
    )
    return new StepResponse(invoice, input)
  },
  async (finalized, { container }) => {
    if (!finalized) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const invoice = await gateway.invoices.retrieve(finalized.stripe_account_id, finalized.stripe_invoice_id)
    if (invoice.status === "open") {
      await gateway.invoices.void(
        finalized.stripe_account_id,
        finalized.stripe_invoice_id,
        stripeIdempotencyKeys.voidInvoice(finalized.stripe_invoice_id)
      )
    }
  }
)
