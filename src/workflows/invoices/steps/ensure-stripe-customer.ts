import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"
import { invoiceIdempotencyKeys } from "../../../modules/stripe-connect/invoices/idempotency-keys"

export type EnsureStripeCustomerStepInput = {
  stripe_account_id: string
  /** The Medusa customer id, or the lower-cased email of a guest order. */
  customer_key: string
  email: string
  name: string | null
  order_id: string
  integration_id: string
  attempt: number
}

export const ensureStripeCustomerStepId = "ensure-stripe-invoice-customer"

/**
 * This step finds the Stripe customer of the order's customer on the connected account (same email and
 * `metadata.medusa_customer` equal to the Medusa customer id or guest email), or creates it. Compensation deletes a
 * customer this step created, and only that.
 */
export const ensureStripeCustomerStep = createStep(
  ensureStripeCustomerStepId,
  async (input: EnsureStripeCustomerStepInput, { container }) => {
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const options = { stripeAccount: input.stripe_account_id }
    const context = { accountId: input.stripe_account_id, action: "find or create the invoice customer" }
    try {
      const existing = await stripe.customers.list({ email: input.email, limit: 100 }, options)
      const match = existing.data.find((customer) => customer.metadata?.medusa_customer === input.customer_key)
      if (match) {
        return new StepResponse({ customer_id: match.id, created: false }, null)
      }
      const created = await stripe.customers.create(
        {
          email: input.email,
          ...(input.name ? { name: input.name } : {}),
          metadata: { medusa_customer: input.customer_key },
        },
        {
          ...options,
          idempotencyKey: invoiceIdempotencyKeys.customer(
            input.stripe_account_id,
            `${input.customer_key}:${input.order_id}:${input.integration_id}:${input.attempt}`
          ),
        }
      )
      return new StepResponse({ customer_id: created.id, created: true }, { customer_id: created.id, stripe_account_id: input.stripe_account_id })
    } catch (error) {
      throw mapStripeError(error, context)
    }
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    await stripe.customers.del(created.customer_id, {}, { stripeAccount: created.stripe_account_id })
  }
)
