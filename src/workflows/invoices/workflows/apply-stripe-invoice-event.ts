import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { StripeInvoiceHostEventData } from "../../../types/invoices"
import { updateInvoiceRecordStep, type UpdateInvoiceRecordStepInput } from "../steps/update-invoice-record"

export type ApplyStripeInvoiceEventWorkflowInput = {
  id: string
  update: UpdateInvoiceRecordStepInput["update"]
  event_name: string
  event: Omit<StripeInvoiceHostEventData, "status" | "amount_paid" | "amount_refunded" | "total" | "currency">
}

export const applyStripeInvoiceEventWorkflowId = "apply-stripe-invoice-event"

/**
 * Stores what an invoice webhook says about a stored invoice and tells the host (`stripe.invoice_paid`, ...). When
 * the stored invoice moved past the event's status in the meantime (a void by staff), nothing is written and the
 * host is not told.
 */
export const applyStripeInvoiceEventWorkflow = createWorkflow(
  applyStripeInvoiceEventWorkflowId,
  (input: ApplyStripeInvoiceEventWorkflowInput) => {
    const invoice = updateInvoiceRecordStep(
      transform({ input }, ({ input }) => ({ id: input.id, update: input.update }))
    )
    when(
      { input, invoice },
      ({ input, invoice }) => !input.update.status || invoice.status === input.update.status
    ).then(() => {
      emitEventStep({
        eventName: input.event_name,
        data: transform({ input, invoice }, ({ input, invoice }): StripeInvoiceHostEventData => ({
          ...input.event,
          status: invoice.status,
          currency: invoice.currency,
          total: invoice.total,
          amount_paid: invoice.amount_paid,
          amount_refunded: invoice.amount_refunded,
        })),
      })
    })
    return new WorkflowResponse(invoice)
  }
)
