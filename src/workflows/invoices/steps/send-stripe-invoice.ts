import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { invoiceIdempotencyKeys } from "../../../modules/stripe-connect/invoices/idempotency-keys"

export type SendStripeInvoiceStepInput = { stripe_account_id: string; stripe_invoice_id: string }

export const sendStripeInvoiceStepId = "send-stripe-invoice"

/**
 * This step asks Stripe to email the open invoice's hosted link to the customer. An email cannot be taken back,
 * so there is no compensation; it is the last Stripe call of a send.
 */
export const sendStripeInvoiceStep = createStep(
  sendStripeInvoiceStepId,
  async (input: SendStripeInvoiceStepInput, { container }) => {
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    try {
      const invoice = await stripe.invoices.sendInvoice(
        input.stripe_invoice_id,
        {},
        { stripeAccount: input.stripe_account_id, idempotencyKey: invoiceIdempotencyKeys.send(input.stripe_invoice_id) }
      )
      return new StepResponse({ invoice, sent_at: new Date() })
    } catch (error) {
      throw mapStripeError(error, { accountId: input.stripe_account_id, action: `send invoice ${input.stripe_invoice_id}` })
    }
  }
)
