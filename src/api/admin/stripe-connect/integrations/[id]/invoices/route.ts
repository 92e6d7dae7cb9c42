import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InvoiceDocument } from "../../../../../../shared/types/invoices"
import { loadScopedIntegration } from "../../helpers"
import { listScopedInvoices } from "../../../invoices/helpers"
import type { AdminGetStripeInvoicesParamsType } from "../../../invoices/validators"
import { toInvoiceDocument } from "../../../invoices/serializers"
import { listPage, listBody, type ListBody } from "../../../../../utils/list-params"

type InvoiceList = ListBody<InvoiceDocument>

/**
 * List integration invoices (docs/api.md#list-integration-invoices): the integration's invoices, newest first,
 * paginated.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeInvoicesParamsType>,
  res: MedusaResponse<InvoiceList>
) => {
  const integration = await loadScopedIntegration(req, req.params.id)
  const page = listPage(req)
  const status = req.validatedQuery.status
  const { invoices, count } = await listScopedInvoices(
    req,
    { integration_id: integration.id, ...(status ? { status: ([] as string[]).concat(status) } : {}) },
    page
  )
  res.json(listBody(invoices.map(toInvoiceDocument), count, page))
}
