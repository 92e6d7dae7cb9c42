import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { PAYMENT_INTENT_EXPAND } from "../utils/payment-mirror"

export type RetrievePaymentIntentStepInput = { payment_intent_id: string }

export const retrievePaymentIntentStepId = "retrieve-stripe-payment-intent"

/**
 * This step reads a payment intent from Stripe with its latest charge and application fee. Webhook handling reads
 * Stripe instead of trusting the event's copy, so late or repeated events cannot put an older state back. It
 * writes nothing.
 */
export const retrievePaymentIntentStep: StepFunction<RetrievePaymentIntentStepInput, Stripe.PaymentIntent> = createStep(
  retrievePaymentIntentStepId,
  async ({ payment_intent_id }: RetrievePaymentIntentStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    return new StepResponse(await gateway.payments.retrieve(payment_intent_id, { expand: PAYMENT_INTENT_EXPAND }))
  }
)
