import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectInvoiceEvents, type StripeInvoiceHostEventData } from "../../../types/invoices"
import { refundInvoiceChargeStep } from "../steps/refund-invoice-charge"
import { recordInvoiceRefundStep } from "../steps/record-invoice-refund"

export type RefundOrderInvoiceWorkflowInput = {
  id: string
  stripe_account_id: string
  stripe_invoice_id: string
  charge_id: string
  amount?: number
  reason?: string | null
  request_id: string
  actor_id?: string | null
}

export const refundOrderInvoiceWorkflowId = "refund-order-invoice"

/**
 * Refund invoice (docs/api.md#refund-invoice): refunds the charge of a paid invoice (never past what was paid), records
 * it and tells the host (`stripe.invoice_refunded`, with `stripe_event_id` null: no webhook caused it).
 */
export const refundOrderInvoiceWorkflow = createWorkflow(
  refundOrderInvoiceWorkflowId,
  (input: RefundOrderInvoiceWorkflowInput) => {
    const result = refundInvoiceChargeStep(input)
    const recorded = recordInvoiceRefundStep(
      transform({ input, result }, ({ input, result }) => ({
        invoice_id: input.id,
        refund: result.refund,
        charge: result.charge,
        reason: input.reason,
        request_id: input.request_id,
        created_by: input.actor_id,
      }))
    )
    emitEventStep({
      eventName: StripeConnectInvoiceEvents.INVOICE_REFUNDED,
      data: transform({ recorded, result }, ({ recorded, result }): StripeInvoiceHostEventData => ({
        id: recorded.invoice.id,
        stripe_invoice_id: recorded.invoice.stripe_invoice_id,
        stripe_event_id: null,
        order_id: recorded.invoice.order_id,
        integration_id: recorded.invoice.integration_id,
        account: recorded.invoice.stripe_account_id,
        status: recorded.invoice.status,
        currency: recorded.invoice.currency,
        total: recorded.invoice.total,
        amount_paid: recorded.invoice.amount_paid,
        amount_refunded: Math.max(recorded.invoice.amount_refunded, result.charge.amount_refunded),
      })),
    })
    return new WorkflowResponse(recorded)
  }
)
