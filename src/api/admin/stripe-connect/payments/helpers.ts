import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { canAccessMerchant, getAccessScope, merchantScopeFilter } from "../../../utils/access-scope"
import { DEFAULT_CAPABILITY_POLICY } from "../../../utils/access/policy"
import { grantedCapabilities } from "../../../utils/access/capabilities"
import type { AdminGetStripePaymentsParamsType } from "./validators"
import type { PaymentRow } from "../../../../modules/stripe-connect/types"

/**
 * The stored payment named by `:id` (its payment intent id `pi_...` or the plugin's `scpay_...`), or 404
 * `not_found` when there is none or it belongs to a merchant outside the caller's scope. A charge of several
 * sellers is in the scope of each seller's merchant.
 */
export async function loadScopedPayment(
  req: MedusaRequest,
  id: string,
  options: { withRefunds?: boolean } = {}
): Promise<PaymentRow> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const notFound = () => new StripeConnectError("not_found", `Payment ${id} was not found`)
  const filter = id.startsWith("scpay_") ? { id } : { payment_intent_id: id }
  const [payment] = await service.listStripeConnectPayments(filter, {
    take: 1,
    ...(options.withRefunds ? { relations: ["refunds"] } : {}),
  })
  if (!payment) {
    throw notFound()
  }
  if (!(await canAccessPayment(req, payment))) {
    throw notFound()
  }
  return payment
}

/** The destination charge named by `:id` for a capture or refund through the plugin's routes (see `loadScopedPayment`). */
export async function loadScopedDestinationPayment(
  req: MedusaRequest,
  id: string
): Promise<PaymentRow & { stripe_account_id: string }> {
  const payment = await loadScopedPayment(req, id)
  if (!payment.stripe_account_id) {
    // Its sellers' transfers follow the capture and refunds made through Medusa's payment routes.
    throw new StripeConnectError(
      "invalid_request",
      `Payment ${id} is one charge for several sellers: capture and refund it through Medusa's order payment (refund one seller's amount with POST /admin/stripe-connect/orders/:order_id/sellers/:account_id/refund)`,
      { param: "id" }
    )
  }
  return { ...payment, stripe_account_id: payment.stripe_account_id }
}

async function canAccessPayment(req: MedusaRequest, payment: PaymentRow): Promise<boolean> {
  const scope = getAccessScope(req)
  if (!payment.split || scope.merchantIds === null) {
    return canAccessMerchant(scope, payment.merchant_id)
  }
  return (await splitPaymentsOfMerchants(req, scope.merchantIds, [payment.payment_intent_id])).length > 0
}

/** The multi-seller charges (payment intent ids) in which one of the merchants is a seller. */
async function splitPaymentsOfMerchants(
  req: MedusaRequest,
  merchantIds: string[],
  paymentIntentIds?: string[]
): Promise<string[]> {
  if (!merchantIds.length) {
    return []
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const rows = await service.listStripeConnectSellerTransfers(
    { merchant_id: merchantIds, ...(paymentIntentIds ? { payment_intent_id: paymentIntentIds } : {}) },
    { select: ["payment_intent_id"] }
  )
  return [...new Set(rows.map((row) => row.payment_intent_id))]
}

/** Lists stored payments with the list filters, newest first, narrowed to the caller's merchants. */
export async function listScopedPayments(
  req: MedusaRequest,
  query: AdminGetStripePaymentsParamsType,
  pagination: { skip: number; take: number }
): Promise<{ payments: PaymentRow[]; count: number }> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return { payments: [], count: 0 }
  }
  const list = (value: string | string[] | undefined) =>
    value === undefined ? undefined : ([] as string[]).concat(value)
  const { merchantIds } = getAccessScope(req)
  const sold = merchantIds === null ? [] : await splitPaymentsOfMerchants(req, merchantIds)
  const inScope = sold.length ? { $or: [scope, { payment_intent_id: sold }] } : scope
  const filters = {
    ...inScope,
    ...(query.account_id ? { stripe_account_id: list(query.account_id) } : {}),
    ...(query.order_id ? { order_id: list(query.order_id) } : {}),
    ...(query.status ? { status: list(query.status) } : {}),
  }
  const [payments, count] = await service.listAndCountStripeConnectPayments(filters, {
    skip: pagination.skip,
    take: pagination.take,
    order: { created_at: "DESC", id: "DESC" },
  })
  return { payments, count }
}

/**
 * Refuses (403 `forbidden`, naming `application_fee_amount`) a caller who sets a payment's fee without the
 * `override_application_fee` capability: one of its roles granted for every merchant (docs/api.md#create-payment).
 * Everyone else gets the configured fee and may not name one.
 */
export function assertMayOverrideApplicationFee(req: MedusaRequest): void {
  const { grants } = getAccessScope(req)
  const allowed = DEFAULT_CAPABILITY_POLICY.override_application_fee
  if (!grantedCapabilities(grants).includes("override_application_fee")) {
    throw new StripeConnectError(
      "forbidden",
      `application_fee_amount: only ${allowed.join(", ")} (for every merchant) may set a payment's fee; leave it out to apply the configured fee`,
      { param: "application_fee_amount" }
    )
  }
}

/** What the audit trail records about an action on a stored payment (the action and amount are the route's). */
export function paymentAuditTarget(payment: PaymentRow) {
  return {
    resource_type: "payment" as const,
    resource_id: payment.payment_intent_id,
    merchant_id: payment.merchant_id,
    account_id: payment.stripe_account_id,
    currency: payment.currency,
  }
}
