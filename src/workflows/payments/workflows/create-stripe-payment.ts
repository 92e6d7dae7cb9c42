import type Stripe from "stripe"
import { createWorkflow, transform, WorkflowResponse, type ReturnWorkflow } from "@medusajs/framework/workflows-sdk"
import type { PaymentRow } from "../../../modules/stripe-connect/types"
import type { ApplicationFeeDecision } from "../../../shared/types/fees"
import { prepareDestinationChargeStep } from "../steps/prepare-destination-charge"
import { createPaymentIntentStep } from "../steps/create-payment-intent"
import { createPaymentRecordStep } from "../steps/create-payment-record"
import { linkOrderPaymentStep } from "../steps/link-order-payment"
import { recordPaymentFeeOverrideStep } from "../../fees/steps/record-payment-fee-override"

export type CreateStripePaymentWorkflowInput = {
  account_id: string
  amount: number
  currency: string
  order_id?: string | null
  customer_email?: string | null
  payment_method_types?: string[]
  /** Left out: from the fee configuration. A fee set here is kept in the fee audit with `actor_id`. */
  application_fee_amount?: number | null
  metadata?: Record<string, string>
  capture_method: "automatic" | "manual"
  on_behalf_of?: boolean
  /** Identifies the admin request (its Idempotency-Key header, or a new id). */
  request_id: string
  /** Who asked (for the fee audit when the request sets the fee). */
  actor_id?: string | null
  actor_type?: string | null
}

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type CreateStripePaymentWorkflow = ReturnWorkflow<
  CreateStripePaymentWorkflowInput,
  { payment: PaymentRow; intent: Stripe.PaymentIntent; fee: ApplicationFeeDecision & { monthly_volume: number } },
  []
>

export const createStripePaymentWorkflowId = "create-stripe-payment"

/**
 * Create payment (docs/api.md#create-payment): checks the connected account can take charges, decides the fee, creates
 * the destination charge at Stripe, stores it, links it to the Medusa order `order_id` names (if there is one), and
 * keeps a fee the caller set in the fee audit.
 */
export const createStripePaymentWorkflow: CreateStripePaymentWorkflow = createWorkflow(
  createStripePaymentWorkflowId,
  (input: CreateStripePaymentWorkflowInput) => {
    const prepared = prepareDestinationChargeStep(
      transform({ input }, ({ input }) => ({
        stripe_account_id: input.account_id,
        amount: input.amount,
        currency: input.currency,
        explicit_fee: input.application_fee_amount,
      }))
    )
    const account = transform({ prepared }, ({ prepared }) => prepared.account)
    const fee = transform({ prepared }, ({ prepared }) => prepared.fee)
    const intent = createPaymentIntentStep(
      transform({ input, account, fee }, ({ input, account, fee }) => ({
        stripe_account_id: account.stripe_account_id,
        merchant_id: account.merchant_id,
        amount: input.amount,
        currency: input.currency,
        application_fee_amount: fee.fee,
        order_id: input.order_id,
        customer_email: input.customer_email,
        payment_method_types: input.payment_method_types,
        capture_method: input.capture_method,
        on_behalf_of: input.on_behalf_of,
        metadata: input.metadata,
        request_id: input.request_id,
      }))
    )
    const payment = createPaymentRecordStep(
      transform({ input, account, fee, intent }, ({ input, account, fee, intent }) => ({
        intent,
        stripe_account_id: account.stripe_account_id,
        merchant_id: account.merchant_id,
        source: "admin" as const,
        application_fee_amount: fee.fee,
        fee_basis: fee.fee_basis,
        order_id: input.order_id,
        customer_email: input.customer_email,
        metadata: input.metadata ?? null,
      }))
    )
    linkOrderPaymentStep(
      transform({ input, payment }, ({ input, payment }) => ({ order_id: input.order_id, payment_id: payment.id }))
    )
    recordPaymentFeeOverrideStep(
      transform({ input, account, intent }, ({ input, account, intent }) => ({
        application_fee_amount: input.application_fee_amount,
        payment_intent_id: intent.id,
        stripe_account_id: account.stripe_account_id,
        merchant_id: account.merchant_id,
        amount: input.amount,
        currency: input.currency,
        actor_id: input.actor_id,
        actor_type: input.actor_type,
        request_id: input.request_id,
      }))
    )
    return new WorkflowResponse({ payment, intent, fee })
  }
)
