import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { PaymentSource } from "../../../shared/types/payments"
import type { FeeBasis } from "../../../shared/types/fees"
import { paymentMirrorFromStripe } from "../utils/payment-mirror"

export type CreatePaymentRecordStepInput = {
  intent: Stripe.PaymentIntent
  stripe_account_id: string
  merchant_id: string
  source: PaymentSource
  application_fee_amount: number
  /** What the fee was decided from (docs/api.md#fee-basis). */
  fee_basis?: FeeBasis | null
  order_id?: string | null
  payment_session_id?: string | null
  customer_email?: string | null
  metadata?: Record<string, string> | null
}

export const createPaymentRecordStepId = "create-stripe-connect-payment-record"

/**
 * This step stores a payment intent the plugin created (or, for a retried request, returns the row stored the
 * first time: the payment intent id is unique). Compensation deletes the row it created.
 */
export const createPaymentRecordStep = createStep(
  createPaymentRecordStepId,
  async (input: CreatePaymentRecordStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { row, inserted } = await service.createPaymentOrFindStored({
      ...paymentMirrorFromStripe(input.intent),
      payment_intent_id: input.intent.id,
      stripe_account_id: input.stripe_account_id,
      merchant_id: input.merchant_id,
      source: input.source,
      application_fee_amount: input.application_fee_amount,
      fee_basis: input.fee_basis ?? null,
      order_id: input.order_id ?? null,
      payment_session_id: input.payment_session_id ?? null,
      customer_email: input.customer_email ?? null,
      metadata: input.metadata ?? null,
    })
    return new StepResponse(row, inserted ? row.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).deleteStripeConnectPayments(createdId)
  }
)
