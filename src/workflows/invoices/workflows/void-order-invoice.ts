import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { voidStripeInvoiceStep } from "../steps/void-stripe-invoice"
import { updateInvoiceRecordStep } from "../steps/update-invoice-record"
import { invoiceFieldsFromStripe } from "../utils/invoice-mirror"

export type VoidOrderInvoiceWorkflowInput = { id: string; stripe_account_id: string; stripe_invoice_id: string }

export const voidOrderInvoiceWorkflowId = "void-order-invoice"

/** Void invoice (docs/api.md#void-invoice): voids a draft or open invoice at Stripe and stores its new state. */
export const voidOrderInvoiceWorkflow = createWorkflow(
  voidOrderInvoiceWorkflowId,
  (input: VoidOrderInvoiceWorkflowInput) => {
    const voided = voidStripeInvoiceStep(input)
    const invoice = updateInvoiceRecordStep(
      transform({ input, voided }, ({ input, voided }) => ({
        id: input.id,
        update: voided.invoice
          ? { ...invoiceFieldsFromStripe(voided.invoice), voided_at: voided.voided_at }
          : { status: voided.status, voided_at: voided.voided_at },
        after_irreversible_write: true,
      }))
    )
    return new WorkflowResponse(invoice)
  }
)
