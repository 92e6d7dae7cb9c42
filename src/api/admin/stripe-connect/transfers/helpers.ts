import type { MedusaRequest } from "@medusajs/framework/http"
import { isPlatformWideCaller } from "../../../utils/access/platform-wide"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { assertMerchantAccess, merchantScopeFilter } from "../../../utils/access-scope"
import type { AdminGetStripeTransfersParamsType } from "./validators"
import type { TransferRow } from "../../../../modules/stripe-connect/types"

/** The stored transfer `tr_...`, or 404 `not_found` when there is none or it is another merchant's. */
export async function loadScopedTransfer(req: MedusaRequest, transferId: string): Promise<TransferRow> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const notFound = () => new StripeConnectError("not_found", `Transfer ${transferId} was not found`)
  const [transfer] = await service.listStripeConnectTransfers({ transfer_id: transferId }, { take: 1 })
  if (!transfer) {
    throw notFound()
  }
  assertMerchantAccess(req, transfer.merchant_id, notFound)
  return transfer
}

/**
 * The charge of an order's stored payment (the newest one with a charge), for `order_id` on create; 400 naming
 * `order_id` when the order has no charged Stripe payment the caller may see.
 */
export async function chargeOfOrder(req: MedusaRequest, orderId: string): Promise<string> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const scope = merchantScopeFilter(req)
  const payments = scope
    ? await service.listStripeConnectPayments(
        { order_id: orderId, ...scope },
        { order: { created_at: "DESC" }, take: 20 }
      )
    : []
  const charged = payments.find((payment) => Boolean(payment.latest_charge_id))
  if (!charged?.latest_charge_id) {
    throw new StripeConnectError("invalid_request", `order_id: order ${orderId} has no charged Stripe payment`, {
      param: "order_id",
    })
  }
  return charged.latest_charge_id
}

/**
 * A merchant-scoped caller transfers only against its merchant's own charges (docs/api.md#create-transfer): without
 * a `source_transaction` (a transfer from the platform balance) it is a 403 `forbidden`; a charge that is not the
 * charge of a stored payment of the receiving account's merchant is a 404 naming `source_transaction`, the same
 * for another merchant's charge as for an unknown one. Unscoped callers may transfer from the platform balance.
 */
export async function assertTransferSourceInScope(
  req: MedusaRequest,
  merchantId: string,
  sourceTransaction: string | undefined
): Promise<void> {
  if (isPlatformWideCaller(req)) {
    return
  }
  if (!sourceTransaction) {
    throw new StripeConnectError(
      "forbidden",
      "source_transaction: a merchant-scoped role transfers only against its merchant's own charges; give source_transaction or order_id",
      { param: "source_transaction" }
    )
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [payment] = await service.listStripeConnectPayments(
    { latest_charge_id: sourceTransaction, merchant_id: merchantId },
    { take: 1, select: ["id"] }
  )
  if (!payment) {
    throw new StripeConnectError("not_found", `source_transaction: charge ${sourceTransaction} was not found`, {
      param: "source_transaction",
    })
  }
}

/** Stored transfers, newest first, with the list filters, narrowed to the caller's merchants. */
export async function listScopedTransfers(
  req: MedusaRequest,
  query: AdminGetStripeTransfersParamsType,
  pagination: { skip: number; take: number }
): Promise<{ transfers: TransferRow[]; count: number }> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return { transfers: [], count: 0 }
  }
  const list = (value: string | string[] | undefined) =>
    value === undefined ? undefined : ([] as string[]).concat(value)
  const created = {
    ...(query.created_after ? { $gte: new Date(query.created_after) } : {}),
    ...(query.created_before ? { $lt: new Date(query.created_before) } : {}),
  }
  const filters = {
    ...scope,
    ...(query.account_id ? { stripe_account_id: list(query.account_id) } : {}),
    ...(query.order_id ? { order_id: list(query.order_id) } : {}),
    ...(Object.keys(created).length ? { created_at: created } : {}),
  }
  const [transfers, count] = await service.listAndCountStripeConnectTransfers(filters, {
    skip: pagination.skip,
    take: pagination.take,
    order: { created_at: "DESC", id: "DESC" },
  })
  return { transfers, count }
}
