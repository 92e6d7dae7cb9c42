import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { prepareOrderInvoiceStep } from "../steps/prepare-order-invoice"
import { ensureStripeCustomerStep } from "../steps/ensure-stripe-customer"
import { createDraftStripeInvoiceStep } from "../steps/create-draft-stripe-invoice"
import { createInvoiceRecordStep } from "../steps/create-invoice-record"
import { finalizeStripeInvoiceStep } from "../steps/finalize-stripe-invoice"
import { sendStripeInvoiceStep } from "../steps/send-stripe-invoice"
import { updateInvoiceRecordStep } from "../steps/update-invoice-record"
import { invoiceFieldsFromStripe } from "../utils/invoice-mirror"

export type SendOrderInvoiceWorkflowInput = {
  order_id: string
  integration_id: string
  days_until_due?: number
  memo?: string | null
  actor_id?: string | null
}

export const DEFAULT_DAYS_UNTIL_DUE = 30

export const sendOrderInvoiceWorkflowId = "send-order-invoice"

/**
 * Send invoice (docs/api.md#send-invoice): on the integration's connected account, finds or creates the customer,
 * creates a draft invoice with one item per order line plus shipping, discount and tax (its total is the order total),
 * stores it linked to the order, finalizes and sends it. Any failure rolls back what was made: the draft is deleted (or
 * a finalized invoice voided) at Stripe and the row removed. The caller holds the order's lock and has already checked
 * that no payable invoice exists.
 */
export const sendOrderInvoiceWorkflow = createWorkflow(
  sendOrderInvoiceWorkflowId,
  (input: SendOrderInvoiceWorkflowInput) => {
    const prepared = prepareOrderInvoiceStep(input)
    const customer = ensureStripeCustomerStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        stripe_account_id: prepared.integration.stripe_account_id,
        customer_key: prepared.customer_key,
        email: prepared.customer_email,
        name: prepared.customer_name,
        order_id: input.order_id,
        integration_id: input.integration_id,
        attempt: prepared.attempt,
      }))
    )
    const settings = transform({ input }, ({ input }) => ({
      days_until_due: input.days_until_due ?? DEFAULT_DAYS_UNTIL_DUE,
      memo: input.memo ?? null,
    }))
    const draft = createDraftStripeInvoiceStep(
      transform({ input, prepared, customer, settings }, ({ input, prepared, customer, settings }) => ({
        stripe_account_id: prepared.integration.stripe_account_id,
        customer_id: customer.customer_id,
        currency: prepared.lines.currency,
        lines: prepared.lines.lines,
        order_id: input.order_id,
        order_display_id: prepared.order.display_id ?? null,
        integration_id: input.integration_id,
        attempt: prepared.attempt,
        days_until_due: settings.days_until_due,
        memo: settings.memo,
      }))
    )
    const record = createInvoiceRecordStep(
      transform({ input, prepared, customer, draft, settings }, ({ input, prepared, customer, draft, settings }) => ({
        invoice: draft,
        integration_id: input.integration_id,
        merchant_id: prepared.integration.merchant_id,
        stripe_account_id: prepared.integration.stripe_account_id,
        order_id: input.order_id,
        order_display_id: prepared.order.display_id ?? null,
        attempt: prepared.attempt,
        stripe_customer_id: customer.customer_id,
        memo: settings.memo,
        days_until_due: settings.days_until_due,
        created_by: input.actor_id ?? null,
      }))
    )
    createRemoteLinkStep(
      transform({ input, record }, ({ input, record }) => [
        {
          [Modules.ORDER]: { order_id: input.order_id },
          [STRIPE_CONNECT_MODULE]: { stripe_connect_invoice_id: record.id },
        },
      ])
    )
    const stripeRef = transform({ prepared, draft }, ({ prepared, draft }) => ({
      stripe_account_id: prepared.integration.stripe_account_id,
      stripe_invoice_id: draft.id,
    }))
    const finalized = finalizeStripeInvoiceStep(stripeRef)
    const sent = sendStripeInvoiceStep(transform({ stripeRef, finalized }, ({ stripeRef }) => stripeRef))
    const invoice = updateInvoiceRecordStep(
      transform({ record, sent }, ({ record, sent }) => ({
        id: record.id,
        update: { ...invoiceFieldsFromStripe(sent.invoice), sent_at: sent.sent_at },
      }))
    )
    return new WorkflowResponse(invoice)
  }
)
