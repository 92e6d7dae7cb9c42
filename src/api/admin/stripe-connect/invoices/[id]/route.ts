import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { InvoiceDocument } from "../../../../../shared/types/invoices"
import { loadScopedInvoice } from "../helpers"
import { toInvoiceDocument } from "../serializers"

type ShowInvoiceResponse = {
  invoice: InvoiceDocument & {
    order: { id: string; display_id: number | null } | null
    integration: {
      id: string
      name: string
      status: string
      merchant_id: string | null
      stripe_account_id: string | null
    } | null
  }
}

/**
 * Show invoice (docs/api.md#show-invoice): the invoice with its order's display number and its integration instance.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<ShowInvoiceResponse>) => {
  const invoice = await loadScopedInvoice(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [{ data: orders }, [integration]] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: invoice.order_id } }),
    service.listStripeIntegrations({ id: invoice.integration_id }, { take: 1, withDeleted: true }),
  ])
  const order = orders[0] as { id: string; display_id: number | null } | undefined
  res.json({
    invoice: {
      ...toInvoiceDocument(invoice),
      order: order
        ? { id: order.id, display_id: order.display_id ?? invoice.order_display_id }
        : { id: invoice.order_id, display_id: invoice.order_display_id },
      integration: integration
        ? {
            id: integration.id,
            name: integration.name,
            status: integration.status,
            merchant_id: integration.merchant_id ?? null,
            stripe_account_id: integration.stripe_account_id ?? null,
          }
        : null,
    },
  })
}
