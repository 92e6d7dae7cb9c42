import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidOrderInvoiceWorkflow } from "../../../../../../workflows/invoices"
import type { InvoiceDocument } from "../../../../../../shared/types/invoices"
import { invoiceAuditTarget, loadScopedInvoice } from "../../helpers"
import type { AdminVoidStripeInvoiceType } from "../../validators"
import { toInvoiceDocument } from "../../serializers"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

/**
 * Void invoice (docs/api.md#void-invoice): only draft or open invoices; a paid one is a 400 that says to refund
 * instead.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminVoidStripeInvoiceType>,
  res: MedusaResponse<{ invoice: InvoiceDocument }>
) => {
  const invoice = await loadScopedInvoice(req, req.params.id)
  const voiding = voidOrderInvoiceWorkflow(req.scope).run({
    input: {
      id: invoice.id,
      stripe_account_id: invoice.stripe_account_id,
      stripe_invoice_id: invoice.stripe_invoice_id,
    },
  })
  const { result } = await withAuditEntry(
    req,
    { ...invoiceAuditTarget(invoice, invoice.amount_remaining), action: "invoice.void", resource_type: "invoice" },
    voiding
  )
  res.json({ invoice: toInvoiceDocument(result) })
}
