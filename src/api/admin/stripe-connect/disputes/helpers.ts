import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeStatusesFor } from "../../../../modules/stripe-connect/disputes"
import { syncStripeDisputeWorkflow } from "../../../../workflows/disputes"
import type Stripe from "stripe"
import {
  assertMerchantAccess,
  canAccessMerchant,
  getAccessScope,
  merchantScopeFilter,
} from "../../../utils/access-scope"
import { disputeListSegments, segmentStatuses } from "./list-order"
import type { AdminGetDisputesParamsType } from "./validators"
import type { DisputeRow } from "../../../../modules/stripe-connect/types"

/**
 * The stored dispute `dp_...`, or 404 `not_found` when there is none the caller may see. A dispute Stripe knows
 * but no webhook has reported yet is read from Stripe (the platform's disputes) and stored first.
 */
export async function loadScopedDispute(req: MedusaRequest, disputeId: string): Promise<DisputeRow> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const notFound = () => new StripeConnectError("not_found", `Dispute ${disputeId} was not found`)
  let [dispute] = await service.listStripeConnectDisputes({ dispute_id: disputeId }, { take: 1 })
  if (!dispute) {
    if (!/^(dp|du)_[A-Za-z0-9]+$/.test(disputeId)) {
      throw notFound()
    }
    const fresh = await (await service.getStripeGateway()).disputes.retrieve(disputeId).catch(() => null)
    if (!fresh) {
      throw notFound()
    }
    await assertDisputePaymentInScope(req, service, fresh, notFound)
    const { result } = await syncStripeDisputeWorkflow(req.scope).run({ input: { dispute: fresh } })
    dispute = result.dispute
  }
  assertMerchantAccess(req, dispute.merchant_id, notFound)
  return dispute
}

/**
 * A limited caller must not make the plugin store a dispute of another merchant it then cannot see: before the
 * first sync, the dispute's payment must be a stored payment of one of the caller's merchants.
 */
async function assertDisputePaymentInScope(
  req: MedusaRequest,
  service: StripeConnectModuleService,
  dispute: Stripe.Dispute,
  notFound: () => StripeConnectError
): Promise<void> {
  const scope = getAccessScope(req)
  if (scope.merchantIds === null) {
    return
  }
  const intent = dispute.payment_intent
  const paymentIntentId = typeof intent === "string" ? intent : intent?.id
  const [payment] = paymentIntentId
    ? await service.listStripeConnectPayments({ payment_intent_id: paymentIntentId }, { take: 1 })
    : []
  if (!payment || !canAccessMerchant(scope, payment.merchant_id)) {
    throw notFound()
  }
}

/**
 * Stored disputes in the list's `order` (newest first unless `urgency`), with the list filters, narrowed to the
 * caller's merchants. The ordering is a series of runs (see `disputeListSegments`); the page is cut across them,
 * one query per run.
 */
export async function listScopedDisputes(
  req: MedusaRequest,
  query: AdminGetDisputesParamsType,
  pagination: { skip: number; take: number }
): Promise<{ disputes: DisputeRow[]; count: number }> {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const scope = merchantScopeFilter(req)
  if (!scope) {
    return { disputes: [], count: 0 }
  }
  const list = <T extends string>(value: T | T[] | undefined) =>
    value === undefined ? undefined : ([] as T[]).concat(value)
  const filters = {
    ...scope,
    ...(query.account_id ? { stripe_account_id: list(query.account_id) } : {}),
    ...(query.payment_intent_id ? { payment_intent_id: list(query.payment_intent_id) } : {}),
  }
  const disputes: DisputeRow[] = []
  let count = 0
  let skip = pagination.skip
  let left = pagination.take
  for (const segment of disputeListSegments(query.order)) {
    const statuses = segmentStatuses(segment, list(query.status))
    if (statuses?.length === 0) {
      continue
    }
    // take 0 would mean "no limit": ask for one row and drop it when the page is already full.
    const [rows, segmentCount] = await service.listAndCountStripeConnectDisputes(
      { ...filters, ...(statuses ? { status: statuses.flatMap(stripeStatusesFor) } : {}) },
      { skip, take: Math.max(left, 1), order: segment.order }
    )
    const taken = rows.slice(0, left)
    disputes.push(...taken)
    left -= taken.length
    skip = Math.max(0, skip - segmentCount)
    count += segmentCount
  }
  return { disputes, count }
}
