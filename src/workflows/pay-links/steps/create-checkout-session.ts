import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

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

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type CreateCheckoutSessionStepFunction = StepFunction<CreateCheckoutSessionStepInput, Stripe.Checkout.Session>

export const createCheckoutSessionStepId = "create-pay-link-checkout-session"

/**
 * This step creates a Checkout Session (payment mode, one line for the order's outstanding amount) on the
 * connected account with a key derived from order, integration and request. Compensation expires the session,
 * so a link whose record could not be stored cannot be paid.
 */
export const createCheckoutSessionStep: CreateCheckoutSessionStepFunction = createStep(
  createCheckoutSessionStepId,
  async (input: CreateCheckoutSessionStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const label = input.order_display_id !== null ? `Order #${input.order_display_id}` : `Order ${input.order_id}`
    const metadata = { medusa_order_id: input.order_id, stripe_connect_integration_id: input.integration_id }
    const session = await gateway.checkoutSessions.create(
      input.stripe_account_id,
      {
        mode: "payment",
        line_items: [
          {
            quantity: 1,
            price_data: { currency: input.currency, unit_amount: input.amount, product_data: { name: label } },
          },
        ],
        ...(input.customer_email ? { customer_email: input.customer_email } : {}),
        client_reference_id: input.order_id,
        expires_at: input.expires_at,
        success_url: input.success_url,
        ...(input.cancel_url ? { cancel_url: input.cancel_url } : {}),
        metadata,
        payment_intent_data: { metadata },
      },
      stripeIdempotencyKeys.payLink(input.order_id, input.integration_id, input.request_id)
    )
    return new StepResponse(session, { id: session.id, stripe_account_id: input.stripe_account_id })
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const session = await gateway.checkoutSessions.retrieve(created.stripe_account_id, created.id)
    if (session.status === "open") {
      await gateway.checkoutSessions.expire(
        created.stripe_account_id,
        created.id,
        stripeIdempotencyKeys.expireCheckoutSession(created.id)
      )
    }
  }
)
