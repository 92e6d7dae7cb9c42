import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceDocument } from "../../../../shared/types/invoices"
import { invoiceAuditTarget, sendInvoiceForOrder } from "./helpers"
import type { AdminSendStripeInvoiceType } from "./validators"
import { toInvoiceDocument } from "./serializers"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"

/**
 * Send invoice (docs/api.md#send-invoice): creates, finalizes and sends a Stripe invoice for a Medusa order on the
 * integration's connected account, or returns the order's payable open invoice (`created: false`).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSendStripeInvoiceType>,
  res: MedusaResponse<{ invoice: InvoiceDocument; created: boolean }>
) => {
  const { invoice, created } = await withAuditEntry(
    req,
    { action: "invoice.send", resource_type: "invoice" },
    sendInvoiceForOrder(req, req.validatedBody),
    ({ invoice }) => invoiceAuditTarget(invoice, invoice.total)
  )
  res.json({ invoice: toInvoiceDocument(invoice), created })
}
