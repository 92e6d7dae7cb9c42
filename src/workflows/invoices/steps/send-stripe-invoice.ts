import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

export type SendStripeInvoiceStepInput = { stripe_account_id: string; stripe_invoice_id: string }

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type SendStripeInvoiceStepFunction = StepFunction<
  SendStripeInvoiceStepInput,
  { invoice: Stripe.Invoice; sent_at: Date }
>

export const sendStripeInvoiceStepId = "send-stripe-invoice"

/**
 * This step asks Stripe to email the open invoice's hosted link to the customer. An email cannot be taken back,
 * so there is no compensation; it is the last Stripe call of a send.
 */
export const sendStripeInvoiceStep: SendStripeInvoiceStepFunction = createStep(
  sendStripeInvoiceStepId,
  async (input: SendStripeInvoiceStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const invoice = await gateway.invoices.send(
      input.stripe_account_id,
      input.stripe_invoice_id,
      stripeIdempotencyKeys.sendInvoice(input.stripe_invoice_id)
    )
    return new StepResponse({ invoice, sent_at: new Date() })
  }
)
