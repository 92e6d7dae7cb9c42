import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderVisible, orderNotFound } from "../../../../utils/scoped-order"
import type { InvoiceDocument } from "../../../../../shared/types/invoices"
import { listScopedInvoices } from "../../../stripe-connect/invoices/helpers"
import type { AdminGetStripeInvoicesParamsType } from "../../../stripe-connect/invoices/validators"
import { toInvoiceDocument } from "../../../stripe-connect/invoices/serializers"
import { listPage, listBody, type ListBody } from "../../../../utils/list-params"

type InvoiceList = ListBody<InvoiceDocument>

/**
 * List order invoices (docs/api.md#list-order-invoices): the order's Stripe invoices across integrations, newest first
 * (the order page's Stripe invoices panel).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeInvoicesParamsType>,
  res: MedusaResponse<InvoiceList>
) => {
  await assertOrderVisible(req, req.params.id, orderNotFound(req.params.id))
  const page = listPage(req)
  const status = req.validatedQuery.status
  const { invoices, count } = await listScopedInvoices(
    req,
    { order_id: req.params.id, ...(status ? { status: ([] as string[]).concat(status) } : {}) },
    page
  )
  res.json(listBody(invoices.map(toInvoiceDocument), count, page))
}
