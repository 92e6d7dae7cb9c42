import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderInScope, orderNotFound } from "../../../../utils/scoped-order"
import type { InvoiceDocument } from "../../../../../shared/types/invoices"
import { listScopedInvoices } from "../../../stripe-connect/invoices/helpers"
import type { AdminGetStripeInvoicesParamsType } from "../../../stripe-connect/invoices/validators"
import { toInvoiceDocument } from "../../../stripe-connect/invoices/serializers"

type InvoiceList = { data: InvoiceDocument[]; count: number; offset: number; limit: number }

/**
 * List order invoices (docs/api.md#list-order-invoices): the order's Stripe invoices across integrations, newest first
 * (the order page's Stripe invoices panel).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeInvoicesParamsType>,
  res: MedusaResponse<InvoiceList>
) => {
  await assertOrderInScope(req, req.params.id, orderNotFound(req.params.id))
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const status = req.validatedQuery.status
  const { invoices, count } = await listScopedInvoices(
    req,
    { order_id: req.params.id, ...(status ? { status: ([] as string[]).concat(status) } : {}) },
    { skip, take }
  )
  res.json({ data: invoices.map(toInvoiceDocument), count, offset: skip, limit: take })
}
