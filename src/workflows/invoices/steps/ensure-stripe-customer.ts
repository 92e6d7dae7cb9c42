import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

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
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const existing = await gateway.customers.list(input.stripe_account_id, { email: input.email, limit: 100 })
    const match = existing.data.find((customer) => customer.metadata?.medusa_customer === input.customer_key)
    if (match) {
      return new StepResponse({ customer_id: match.id, created: false }, null)
    }
    const created = await gateway.customers.create(
      input.stripe_account_id,
      {
        email: input.email,
        ...(input.name ? { name: input.name } : {}),
        metadata: { medusa_customer: input.customer_key },
      },
      stripeIdempotencyKeys.invoiceCustomer(
        input.stripe_account_id,
        `${input.customer_key}:${input.order_id}:${input.integration_id}:${input.attempt}`
      )
    )
    return new StepResponse(
      { customer_id: created.id, created: true },
      { customer_id: created.id, stripe_account_id: input.stripe_account_id }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    await gateway.customers.delete(created.stripe_account_id, created.customer_id)
  }
)
