import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { refundOrderInvoiceWorkflow } from "../../../../../../workflows/invoices"
import type { InvoiceDocument } from "../../../../../../shared/types/invoices"
import { requestIdOf } from "../../../../../utils/request-id"
import { invoiceAuditTarget, loadScopedInvoice } from "../../helpers"
import type { AdminRefundStripeInvoiceType } from "../../validators"
import { toInvoiceDocument } from "../../serializers"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

type RefundResponse = {
  refund: { refund_id: string; amount: number; status: string; reason: string | null }
  invoice: InvoiceDocument
}

/**
 * Refund invoice (docs/api.md#refund-invoice): refunds the charge of a paid invoice, partly (`amount`) or everything
 * left. A request repeated with the same `Idempotency-Key` header answers the refund it made the first time.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRefundStripeInvoiceType>,
  res: MedusaResponse<RefundResponse>
) => {
  const invoice = await loadScopedInvoice(req, req.params.id)
  if (invoice.status !== "paid" || !invoice.stripe_charge_id) {
    throw new StripeConnectError(
      "invalid_request",
      `Invoice ${invoice.id} is ${invoice.status}; only a paid invoice can be refunded`
    )
  }
  const requestId = requestIdOf(req)
  const already = (invoice.refunds?.data ?? []).find((refund) => refund.request_id === requestId)
  if (already) {
    return res.json({
      refund: { refund_id: already.refund_id, amount: already.amount, status: already.status, reason: already.reason },
      invoice: toInvoiceDocument(invoice),
    })
  }
  const refund = refundOrderInvoiceWorkflow(req.scope).run({
    input: {
      id: invoice.id,
      stripe_account_id: invoice.stripe_account_id,
      stripe_invoice_id: invoice.stripe_invoice_id,
      charge_id: invoice.stripe_charge_id,
      amount: req.validatedBody.amount,
      reason: req.validatedBody.reason ?? null,
      request_id: requestId,
      actor_id: req.auth_context.actor_id,
    },
  })
  const { result } = await withAuditEntry(
    req,
    {
      ...invoiceAuditTarget(invoice, req.validatedBody.amount ?? null),
      action: "invoice.refund",
      resource_type: "invoice",
    },
    refund,
    ({ result }) => ({ amount: result.refund.amount })
  )
  const { refund_id, amount, status, reason } = result.refund
  res.json({ refund: { refund_id, amount, status, reason }, invoice: toInvoiceDocument(result.invoice) })
}
