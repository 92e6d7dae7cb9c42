import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectPaymentEvents } from "../../../types/payments"
import { retrievePaymentIntentStep } from "../steps/retrieve-payment-intent"
import { upsertPaymentFromStripeStep } from "../steps/upsert-payment-from-stripe"
import { linkOrderPaymentStep } from "../steps/link-order-payment"
import { toPaymentEventData } from "../utils/payment-event-data"

export type SyncStripePaymentWorkflowInput = {
  payment_intent_id: string
  /** The Stripe event that asked for the sync, e.g. "payment_intent.succeeded". */
  event_type: string
}

export const syncStripePaymentWorkflowId = "sync-stripe-payment"

/**
 * Brings a stored payment up to date with Stripe after a payment webhook (storing a storefront payment on first
 * sight and linking it to the order its cart became), and tells the host:
 * `stripe.payment_succeeded` when this sync is the writer that moved the payment to succeeded (a staff capture may
 * have got there first and told the host itself; a duplicate or replayed event moves nothing),
 * `stripe.payment_failed` on `payment_intent.payment_failed`. Intents that are not the plugin's are ignored.
 */
export const syncStripePaymentWorkflow = createWorkflow(
  syncStripePaymentWorkflowId,
  (input: SyncStripePaymentWorkflowInput) => {
    const intent = retrievePaymentIntentStep(input)
    const { payment, previous_status, succeeded_now } = upsertPaymentFromStripeStep(
      transform({ intent }, ({ intent }) => ({ intent }))
    )

    when({ payment }, ({ payment }) => Boolean(payment?.order_id)).then(() => {
      linkOrderPaymentStep(
        transform({ payment }, ({ payment }) => ({ order_id: payment?.order_id, payment_id: payment?.id ?? "" }))
      )
    })

    when({ payment, succeeded_now }, ({ payment, succeeded_now }) => Boolean(payment) && succeeded_now).then(() => {
      emitEventStep({
        eventName: StripeConnectPaymentEvents.PAYMENT_SUCCEEDED,
        data: transform({ payment }, ({ payment }) => (payment ? toPaymentEventData(payment) : {})),
      }).config({ name: "emit-stripe-payment-succeeded" })
    })

    when(
      { input, payment },
      ({ input, payment }) => Boolean(payment) && input.event_type === "payment_intent.payment_failed"
    ).then(() => {
      emitEventStep({
        eventName: StripeConnectPaymentEvents.PAYMENT_FAILED,
        data: transform({ payment }, ({ payment }) => (payment ? toPaymentEventData(payment) : {})),
      }).config({ name: "emit-stripe-payment-failed" })
    })

    return new WorkflowResponse({ payment, previous_status })
  }
)
