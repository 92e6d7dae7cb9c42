import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { InvoiceRefundEntry } from "../../../modules/stripe-connect/types"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type RecordInvoiceRefundStepInput = {
  invoice_id: string
  refund: Stripe.Refund
  charge: Stripe.Charge
  reason?: string | null
  request_id: string
  created_by?: string | null
}

export const recordInvoiceRefundStepId = "record-stripe-connect-invoice-refund"

/**
 * This step adds a refund to the stored invoice (once per refund id) and sets `amount_refunded` to what the
 * charge shows refunded, under a lock on the invoice so concurrent refunds do not overwrite each other.
 * No compensation: the refund at Stripe cannot be undone, so its record stays when a later step fails.
 */
export const recordInvoiceRefundStep = createStep(
  recordInvoiceRefundStepId,
  async (input: RecordInvoiceRefundStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const locked = await runLocked(locking, `stripe-connect:invoice-record:${input.invoice_id}`, async () => {
      const current = await service.retrieveStripeConnectInvoice(input.invoice_id)
      const refunds = current.refunds?.data ?? []
      const entry: InvoiceRefundEntry = {
        refund_id: input.refund.id,
        amount: input.refund.amount,
        reason: input.reason ?? null,
        status: input.refund.status ?? "pending",
        request_id: input.request_id,
        created_by: input.created_by ?? null,
        created_at: new Date().toISOString(),
      }
      const added = !refunds.some((refund) => refund.refund_id === entry.refund_id)
      const updated = await service.updateStripeConnectInvoices({
        id: current.id,
        refunds: { data: added ? [...refunds, entry] : refunds },
        amount_refunded: Math.max(current.amount_refunded, input.charge.amount_refunded),
      })
      return new StepResponse({ invoice: updated, refund: entry })
    })
    return new StepResponse(locked.output)
  }
)
