import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { buildMoneyTrail } from "../../../../../modules/stripe-connect/reconciliation/build-money-trail"
import type { MoneyTrailResponse } from "../../../../../shared/types/money-trail"
import { canAccessMerchant, getAccessScope } from "../../../../utils/access-scope"
import { orderNotFound } from "../../../../utils/scoped-order"

/**
 * The money trail of one Medusa order (docs/api.md#order-money-trail): charge → fee → transfer(s) → payout →
 * arrived. A merchant-scoped caller sees the charges paying its merchants (a multi-seller charge when one of them
 * sells in it) and only its own sellers' transfers, without the platform's fee; an order with none of its records
 * is a 404, as is an order Medusa does not know.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<MoneyTrailResponse>) => {
  const orderId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { id: orderId } })
  if (!orders.length) {
    throw orderNotFound(orderId)()
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const rows = await service.retrieveOrderMoneyTrail(orderId)
  const scope = getAccessScope(req)
  const sellers = rows.sellers.filter((part) => canAccessMerchant(scope, part.merchant_id))
  const sold = new Set(sellers.map((part) => part.payment_intent_id))
  const payments = rows.payments.filter((payment) =>
    payment.split
      ? scope.merchantIds === null || sold.has(payment.payment_intent_id)
      : canAccessMerchant(scope, payment.merchant_id)
  )
  if (scope.merchantIds !== null && !payments.length) {
    throw orderNotFound(orderId)()
  }
  const accounts = new Set([
    ...payments.flatMap((payment) => (payment.stripe_account_id ? [payment.stripe_account_id] : [])),
    ...sellers.map((part) => part.stripe_account_id),
  ])
  const lines = rows.lines.filter(
    (line) => scope.merchantIds === null || line.stripe_account_id === null || accounts.has(line.stripe_account_id)
  )
  const charges = buildMoneyTrail({
    payments,
    sellers,
    lines,
    payouts: rows.payouts,
    platform_visible: scope.merchantIds === null,
  })
  const mismatches = await service.listStripeConnectReconciliationMismatches(
    {
      order_id: orderId,
      state: "open",
      ...(scope.merchantIds === null ? {} : { stripe_account_id: [...accounts] }),
    },
    { select: ["id"] }
  )
  res.json({ order_id: orderId, charges, open_mismatches: mismatches.length })
}
