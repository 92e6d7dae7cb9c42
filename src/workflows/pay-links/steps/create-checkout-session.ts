import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { invoiceIdempotencyKeys } from "../../../modules/stripe-connect/invoices/idempotency-keys"

export type CreateCheckoutSessionStepInput = {
  stripe_account_id: string
  order_id: string
  order_display_id: number | null
  integration_id: string
  amount: number
  currency: string
  customer_email: string | null
  expires_at: number
  success_url: string
  cancel_url: string | null
  request_id: string
}

export const createCheckoutSessionStepId = "create-pay-link-checkout-session"

/**
 * This step creates a Checkout Session (payment mode, one line for the order's outstanding amount) on the
 * connected account with a key derived from order, integration and request. Compensation expires the session,
 * so a link whose record could not be stored cannot be paid.
 */
export const createCheckoutSessionStep = createStep(
  createCheckoutSessionStepId,
  async (input: CreateCheckoutSessionStepInput, { container }) => {
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const label = input.order_display_id !== null ? `Order #${input.order_display_id}` : `Order ${input.order_id}`
    const metadata = { medusa_order_id: input.order_id, stripe_connect_integration_id: input.integration_id }
    let session: Stripe.Checkout.Session
    try {
      session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [{ quantity: 1, price_data: { currency: input.currency, unit_amount: input.amount, product_data: { name: label } } }],
          ...(input.customer_email ? { customer_email: input.customer_email } : {}),
          client_reference_id: input.order_id,
          expires_at: input.expires_at,
          success_url: input.success_url,
          ...(input.cancel_url ? { cancel_url: input.cancel_url } : {}),
          metadata,
          payment_intent_data: { metadata },
        },
        {
          stripeAccount: input.stripe_account_id,
          idempotencyKey: invoiceIdempotencyKeys.payLink(input.order_id, input.integration_id, input.request_id),
        }
      )
    } catch (error) {
      throw mapStripeError(error, { accountId: input.stripe_account_id, action: `create a pay link for order ${input.order_id}` })
    }
    return new StepResponse(session, { id: session.id, stripe_account_id: input.stripe_account_id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const session = await stripe.checkout.sessions.retrieve(created.id, {}, { stripeAccount: created.stripe_account_id })
    if (session.status === "open") {
      await stripe.checkout.sessions.expire(created.id, {}, { stripeAccount: created.stripe_account_id })
    }
  }
)
