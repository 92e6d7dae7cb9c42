import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { statusesAccepting } from "../../../modules/stripe-connect/invoices/invoice-status"
import type { InvoiceRow } from "../../../modules/stripe-connect/types"

export type UpdateInvoiceRecordStepInput = {
  id: string
  update: Partial<Omit<InvoiceRow, "id" | "created_at" | "updated_at">>
  /** The update stores a Stripe write that cannot be undone (a void): it stays when a later step fails. */
  after_irreversible_write?: boolean
}

export const updateInvoiceRecordStepId = "update-stripe-connect-invoice-record"

/**
 * This step updates a stored invoice. An update that sets a status is written only while the stored status still
 * accepts it, checked in the UPDATE's own WHERE clause (the service's selector update reads first and then writes
 * by id, which leaves a window): a webhook and a staff action racing on one invoice cannot move it backwards (an
 * `invoice.sent` handled after a void leaves it void). When nothing was written the step returns the stored
 * invoice as it is. Compensation puts back the fields it changed, except after a write that cannot be undone.
 */
export const updateInvoiceRecordStep = createStep(
  updateInvoiceRecordStepId,
  async (input: UpdateInvoiceRecordStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await service.retrieveStripeConnectInvoice(input.id)
    const snapshot: Record<string, unknown> = {}
    for (const key of Object.keys(input.update)) {
      snapshot[key] = before[key as keyof InvoiceRow]
    }
    const status = input.update.status
    if (!status) {
      const updated = await service.updateStripeConnectInvoices({ id: input.id, ...input.update })
      return new StepResponse(updated, input.after_irreversible_write ? null : { id: input.id, snapshot })
    }
    const written = await service.updateRecordIfGuardHolds(
      "invoice",
      input.id,
      { oneOf: { status: statusesAccepting(status) } },
      input.update
    )
    const current = await service.retrieveStripeConnectInvoice(input.id)
    return new StepResponse(current, written && !input.after_irreversible_write ? { id: input.id, snapshot } : null)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .updateStripeConnectInvoices({ id: previous.id, ...previous.snapshot })
  }
)
