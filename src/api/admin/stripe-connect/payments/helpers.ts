import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { assertMerchantAccess, getAccessScope, merchantScopeFilter } from "../../../utils/access-scope"
import { DEFAULT_CAPABILITY_POLICY } from "../../../utils/access/policy"
import { grantedCapabilities } from "../../../utils/access/capabilities"
import type { AdminGetStripePaymentsParamsType } from "./validators"
import type { PaymentRow } from "../../../../modules/stripe-connect/types"

/**
 * The stored payment named by `:id` (its payment intent id `pi_...` or the plugin's `scpay_...`), or 404
 * `not_found` when there is none or it belongs to a merchant outside the caller's scope.
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
  assertMerchantAccess(req, payment.merchant_id, notFound)
  return payment
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
  const filters = {
    ...scope,
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
