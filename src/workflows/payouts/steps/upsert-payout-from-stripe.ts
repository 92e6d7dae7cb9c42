import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { payoutWriteGuard } from "../../../modules/stripe-connect/payouts"

export type UpsertPayoutFromStripeStepInput = {
  payout: Stripe.Payout
  account_id: string
  /** `created` of the event that triggered the sync (Unix seconds). */
  event_created: number
}

type PayoutRow = {
  id: string
  status: string
  failure_code: string | null
  failure_message: string | null
  arrival_date: string | null
  last_stripe_event_at: Date | null
}

type Output = { id: string | null; applied: boolean }
type Compensation = { previous?: PayoutRow; created_id?: string }

export const upsertPayoutFromStripeStepId = "upsert-stripe-connect-payout-from-stripe"

/**
 * This step mirrors a payout Stripe reported (read fresh from Stripe, so never stale) onto the stored row, or
 * stores it when the payout was made elsewhere (dashboard, automatic schedule) for an account the plugin knows.
 * An event older than the newest applied one changes nothing, and neither does a copy of the payout behind the
 * stored one (a staff payout request corrected it meanwhile): both are checked in the UPDATE itself.
 * Compensation restores the previous fields or deletes the row it created.
 */
export const upsertPayoutFromStripeStep = createStep(
  upsertPayoutFromStripeStepId,
  async (input: UpsertPayoutFromStripeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { payout } = input
    const eventAt = new Date(input.event_created * 1000)
    const fields = {
      status: payout.status,
      failure_code: payout.failure_code ?? null,
      failure_message: payout.failure_message ?? null,
      arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000).toISOString().slice(0, 10) : null,
      last_stripe_event_at: eventAt,
    }
    const [row] = (await service.listStripeConnectPayouts({ payout_id: payout.id }, { take: 1 })) as PayoutRow[]
    if (row) {
      const written = await service.updateRecordIfGuardHolds(
        "payout",
        row.id,
        payoutWriteGuard(payout.status, input.event_created),
        fields
      )
      if (!written) {
        return new StepResponse<Output, Compensation>({ id: row.id, applied: false }, {})
      }
      const previous = {
        id: row.id,
        status: row.status,
        failure_code: row.failure_code,
        failure_message: row.failure_message,
        arrival_date: row.arrival_date,
        last_stripe_event_at: row.last_stripe_event_at,
      }
      return new StepResponse<Output, Compensation>({ id: row.id, applied: true }, { previous })
    }
    const [account] = await service.listConnectedAccounts({ stripe_account_id: input.account_id }, { take: 1 })
    if (!account) {
      return new StepResponse<Output, Compensation>({ id: null, applied: false }, {})
    }
    const created = await service.createStripeConnectPayouts({
      payout_id: payout.id,
      stripe_account_id: input.account_id,
      merchant_id: account.merchant_id,
      amount: payout.amount,
      currency: payout.currency,
      method: payout.method,
      ...fields,
    })
    return new StepResponse<Output, Compensation>({ id: created.id, applied: true }, { created_id: created.id })
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if (compensation.previous) {
      await service.updateStripeConnectPayouts(compensation.previous)
    }
    if (compensation.created_id) {
      await service.deleteStripeConnectPayouts(compensation.created_id)
    }
  }
)
