import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceDocument } from "../../../../../../shared/types/invoices"
import { loadScopedIntegration } from "../../helpers"
import { listScopedInvoices } from "../../../invoices/helpers"
import type { AdminGetStripeInvoicesParamsType } from "../../../invoices/validators"
import { toInvoiceDocument } from "../../../invoices/serializers"

type InvoiceList = { data: InvoiceDocument[]; count: number; offset: number; limit: number }

/**
 * List integration invoices (docs/api.md#list-integration-invoices): the integration's invoices, newest first,
 * paginated.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeInvoicesParamsType>,
  res: MedusaResponse<InvoiceList>
) => {
  const integration = await loadScopedIntegration(req, req.params.id)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const status = req.validatedQuery.status
  const { invoices, count } = await listScopedInvoices(
    req,
    { integration_id: integration.id, ...(status ? { status: ([] as string[]).concat(status) } : {}) },
    { skip, take }
  )
  res.json({ data: invoices.map(toInvoiceDocument), count, offset: skip, limit: take })
}
