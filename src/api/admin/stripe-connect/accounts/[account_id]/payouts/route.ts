import type Stripe from "stripe"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { toPayoutDocument } from "../../../../../../modules/stripe-connect/payouts"
import { type PayoutDocument } from "../../../../../../shared/types/payouts"
import { createStripePayoutWorkflow } from "../../../../../../workflows/payouts"
import { loadScopedAccount } from "../../helpers"
import { requestIdOf } from "../../../../../utils/request-id"
import type { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

type PayoutList = { data: PayoutDocument[]; has_more: boolean; next_starting_after: string | null }

/**
 * List payouts (docs/api.md#list-payouts): the account's payouts as Stripe lists them (newest first), `status` filter,
 * Stripe's cursor pagination: pass the answer's `next_starting_after` as `starting_after` for the next page.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>,
  res: MedusaResponse<PayoutList>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const query = req.validatedQuery
  const gateway = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const params: Stripe.PayoutListParams = {
    limit: query.limit,
    ...(query.status ? { status: query.status } : {}),
    ...(query.starting_after ? { starting_after: query.starting_after } : {}),
  }
  // The bank account (last4, bank name) is the payout's expanded destination; where Stripe cannot expand it,
  // bank_account is null rather than the whole list failing.
  const list = await gateway.payouts.listWithDestination(account.stripe_account_id, params)
  const data = list.data.map(toPayoutDocument)
  res.json({
    data,
    has_more: list.has_more,
    next_starting_after: list.has_more ? (data[data.length - 1]?.payout_id ?? null) : null,
  })
}

/**
 * A manual payout (`method` standard or instant) from the account's available balance: 409 `payout_in_progress`
 * while another is pending or in transit, 400 `insufficient_balance` when Stripe finds the balance short. A request
 * repeated with the same `Idempotency-Key` header answers the payout it made.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePayoutType>,
  res: MedusaResponse<PayoutDocument>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  if (!account.payouts_enabled) {
    throw new StripeConnectError(
      "account_not_onboarded",
      `Connected account ${account.stripe_account_id} cannot be paid out yet: its onboarding is incomplete`
    )
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const requestId = requestIdOf(req)
  const [already] = await service.listStripeConnectPayouts(
    { stripe_account_id: account.stripe_account_id, request_id: requestId },
    { take: 1 }
  )
  if (already) {
    const gateway = await service.getStripeGateway()
    const payout = await gateway.payouts.retrieve(account.stripe_account_id, already.payout_id, {
      expand: ["destination"],
    })
    return res.json(toPayoutDocument(payout))
  }
  const creation = createStripePayoutWorkflow(req.scope).run({
    input: {
      account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      amount: req.validatedBody.amount,
      currency: req.validatedBody.currency,
      method: req.validatedBody.method,
      description: req.validatedBody.description,
      request_id: requestId,
    },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "payout.create",
      resource_type: "payout",
      merchant_id: account.merchant_id,
      account_id: account.stripe_account_id,
      amount: req.validatedBody.amount,
      currency: req.validatedBody.currency,
    },
    creation,
    ({ result }) => ({ resource_id: result.payout.id })
  )
  res.json(toPayoutDocument(result.payout))
}
