import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../../modules/stripe-connect/service"
import { toPayoutScheduleDocument } from "../../../../../../../modules/stripe-connect/payouts"
import { type PayoutScheduleDocument } from "../../../../../../../shared/types/payouts"
import { updatePayoutScheduleWorkflow } from "../../../../../../../workflows/payouts"
import { loadScopedAccount } from "../../../helpers"
import type { AdminUpdatePayoutScheduleType } from "../validators"
import { withAuditEntry } from "../../../../../../utils/audit/with-audit-entry"

/**
 * Get payout schedule (docs/api.md#get-payout-schedule): the schedule Stripe keeps for the account, `anchor_day` the
 * weekday or day of month of weekly or monthly payouts, `next_payout_date` from `computeNextPayoutDate`.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PayoutScheduleDocument>) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const gateway = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const stripeAccount = await gateway.accounts.retrieve(account.stripe_account_id)
  const schedule = stripeAccount.settings?.payouts?.schedule ?? { interval: "daily", delay_days: null }
  res.json(toPayoutScheduleDocument(schedule, new Date()))
}

/** Update payout schedule, PUT or POST (docs/api.md#update-payout-schedule): answers the schedule as GET does. */
export const PUT = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePayoutScheduleType>,
  res: MedusaResponse<PayoutScheduleDocument>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  const update = updatePayoutScheduleWorkflow(req.scope).run({
    input: { account_id: account.stripe_account_id, ...req.validatedBody },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "payout_schedule.update",
      resource_type: "account",
      resource_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      account_id: account.stripe_account_id,
    },
    update
  )
  res.json(toPayoutScheduleDocument(result.schedule, new Date()))
}

export const POST = PUT
