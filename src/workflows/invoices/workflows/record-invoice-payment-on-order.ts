import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderPaymentCollectionWorkflow, markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import { updateInvoiceRecordStep } from "../steps/update-invoice-record"

export type RecordInvoicePaymentOnOrderWorkflowInput = {
  invoice_id: string
  order_id: string
  /** What the invoice collected, in Medusa's major units as a decimal string (converted by `toMajorUnits`). */
  amount: string
  metadata: Record<string, unknown> | null
}

export const recordInvoicePaymentOnOrderWorkflowId = "record-invoice-payment-on-order"

/**
 * Records a paid Stripe invoice as a payment on its Medusa order, the way an admin marks an order paid: a payment
 * collection for the amount, marked paid (Medusa's system payment provider), so the order's paid total and the
 * admin's order page show it. The payment collection and payment ids are kept in the invoice's metadata, which
 * also stops a replayed webhook from recording the payment twice. A failure rolls back Medusa's side.
 */
export const recordInvoicePaymentOnOrderWorkflow = createWorkflow(
  recordInvoicePaymentOnOrderWorkflowId,
  (input: RecordInvoicePaymentOnOrderWorkflowInput) => {
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      // The workflow's type says number; Medusa stores it as a BigNumber, so the exact decimal string is kept.
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        amount: input.amount as unknown as number,
      })),
    })
    const payment = markPaymentCollectionAsPaid.runAsStep({
      input: transform({ input, collections }, ({ input, collections }) => ({
        payment_collection_id: collections[0].id,
        order_id: input.order_id,
      })),
    })
    const invoice = updateInvoiceRecordStep(
      transform({ input, collections, payment }, ({ input, collections, payment }) => ({
        id: input.invoice_id,
        update: {
          metadata: {
            ...(input.metadata ?? {}),
            medusa_payment_collection_id: collections[0].id,
            medusa_payment_id: payment?.id ?? null,
          },
        },
      }))
    ).config({ name: "store-medusa-payment-on-invoice" })
    return new WorkflowResponse(invoice)
  }
)
