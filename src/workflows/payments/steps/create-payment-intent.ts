import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { PAYMENT_INTENT_EXPAND } from "../utils/payment-mirror"

export type CreatePaymentIntentStepInput = {
  stripe_account_id: string
  merchant_id: string
  amount: number
  currency: string
  application_fee_amount: number
  order_id?: string | null
  customer_email?: string | null
  payment_method_types?: string[]
  capture_method: "automatic" | "manual"
  on_behalf_of?: boolean
  metadata?: Record<string, string>
  request_id: string
}

export const createPaymentIntentStepId = "create-destination-payment-intent"

/**
 * This step creates a destination charge at Stripe: a payment intent on the platform whose funds go to the
 * connected account (`transfer_data.destination`) minus `application_fee_amount`, grouped with the order's other
 * money movements by `transfer_group` = order id. The idempotency key comes from the request and what is charged,
 * so a retry creates nothing new. Compensation cancels the intent while it still can be.
 */
export const createPaymentIntentStep: StepFunction<CreatePaymentIntentStepInput, Stripe.PaymentIntent> = createStep(
  createPaymentIntentStepId,
  async (input: CreatePaymentIntentStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const params: Stripe.PaymentIntentCreateParams = {
      amount: input.amount,
      currency: input.currency,
      capture_method: input.capture_method,
      // API 2026-10-28 names the list `allowed_payment_method_types` (the SDK pins that version).
      allowed_payment_method_types: input.payment_method_types ?? ["card"],
      application_fee_amount: input.application_fee_amount,
      transfer_data: { destination: input.stripe_account_id },
      ...(input.on_behalf_of ? { on_behalf_of: input.stripe_account_id } : {}),
      ...(input.order_id ? { transfer_group: input.order_id } : {}),
      ...(input.customer_email ? { receipt_email: input.customer_email } : {}),
      metadata: {
        ...input.metadata,
        medusa_plugin: "stripe-connect",
        source: "admin",
        merchant_id: input.merchant_id,
        ...(input.order_id ? { order_id: input.order_id } : {}),
      },
      expand: PAYMENT_INTENT_EXPAND,
    }
    const intent = await gateway.payments.create(
      params,
      stripeIdempotencyKeys.createPaymentIntent(input.request_id, {
        account_id: input.stripe_account_id,
        amount: input.amount,
        currency: input.currency,
        order_id: input.order_id,
      })
    )
    return new StepResponse(intent, intent.id)
  },
  async (paymentIntentId, { container }) => {
    if (!paymentIntentId) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const intent = await gateway.payments.retrieve(paymentIntentId)
    if (
      [
        "requires_payment_method",
        "requires_confirmation",
        "requires_action",
        "requires_capture",
        "processing",
      ].includes(intent.status)
    ) {
      await gateway.payments.cancel(paymentIntentId, stripeIdempotencyKeys.cancelPaymentIntent(paymentIntentId))
    }
  }
)
