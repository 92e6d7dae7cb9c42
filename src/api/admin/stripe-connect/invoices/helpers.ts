import type { MedusaRequest } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { isPayable } from "../../../../modules/stripe-connect/invoices/invoice-status"
import { sendOrderInvoiceWorkflow } from "../../../../workflows/invoices"
import { assertMerchantAccess, merchantScopeFilter } from "../../../utils/access-scope"
import { loadScopedIntegration } from "../integrations/helpers"
import { assertOrderInScope, orderIdNotFound } from "../../../utils/scoped-order"
import type { AdminSendStripeInvoiceType } from "./validators"
import type { InvoiceRow } from "../../../../modules/stripe-connect/types"
import { runLocked } from "../../../../modules/stripe-connect/locking/run-locked"

/**
 * The stored invoice named by `:id` (`scinv_...` or Stripe's `in_...`), or 404 `not_found` when there is none
 * or it belongs to a merchant outside the caller's scope.
 */
export async function loadScopedInvoice(req: MedusaRequest, id: string): Promise<InvoiceRow> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const notFound = () => new StripeConnectError("not_found", `Invoice ${id} was not found`)
  const filter = id.startsWith("in_") ? { stripe_invoice_id: id } : { id }
  const [invoice] = await service.listStripeConnectInvoices(filter, { take: 1 })
  if (!invoice) {
    throw notFound()
  }
  assertMerchantAccess(req, invoice.merchant_id, notFound)
  return invoice
}

/** Stored invoices matching `filters`, newest first, narrowed to the caller's merchants. */
export async function listScopedInvoices(
  req: MedusaRequest,
  filters: Record<string, unknown>,
  pagination: { skip: number; take: number }
): Promise<{ invoices: InvoiceRow[]; count: number }> {
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return { invoices: [], count: 0 }
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [invoices, count] = await service.listAndCountStripeConnectInvoices(
    { ...filters, ...scope },
    { skip: pagination.skip, take: pagination.take, order: { created_at: "DESC", id: "DESC" } }
  )
  return { invoices, count }
}

const SEND_LOCK_TIMEOUT_SECONDS = 60

/**
 * Send invoice (docs/api.md#send-invoice), idempotent per order: under a lock keyed by the order (Medusa's locking
 * module, so with a shared provider such as Redis it holds across instances), a payable open invoice of the order that
 * the caller may see is returned as it is; otherwise the send workflow makes one. Ten requests at once make one
 * invoice.
 */
export async function sendInvoiceForOrder(
  req: MedusaRequest & { auth_context?: { actor_id?: string } },
  body: AdminSendStripeInvoiceType
): Promise<{ invoice: InvoiceRow; created: boolean }> {
  await loadScopedIntegration(req, body.integration_id)
  await assertOrderInScope(req, body.order_id, orderIdNotFound(body.order_id))
  const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
  return await runLocked(
    locking,
    `stripe-connect:invoice-send:${body.order_id}`,
    async () => {
      const { invoices } = await listScopedInvoices(
        req,
        { order_id: body.order_id, status: "open" },
        { skip: 0, take: 50 }
      )
      const payable = invoices.find(isPayable)
      if (payable) {
        return { invoice: payable, created: false }
      }
      const { result } = await sendOrderInvoiceWorkflow(req.scope).run({
        input: { ...body, actor_id: req.auth_context?.actor_id ?? null },
      })
      return { invoice: result, created: true }
    },
    { timeout: SEND_LOCK_TIMEOUT_SECONDS }
  )
}

/** What the audit trail records about an action on a stored invoice, with the amount the action concerns. */
export function invoiceAuditTarget(invoice: InvoiceRow, amount: number | null) {
  return {
    resource_id: invoice.id,
    merchant_id: invoice.merchant_id,
    account_id: invoice.stripe_account_id,
    amount,
    currency: invoice.currency,
  }
}
