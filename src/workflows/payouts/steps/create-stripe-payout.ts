import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { isPayoutInProgress, payoutWriteGuard } from "../../../modules/stripe-connect/payouts"

export type CreateStripePayoutStepInput = {
  account_id: string
  merchant_id: string
  amount: number
  currency: string
  method: "standard" | "instant"
  description?: string | null
  request_id: string
}

export const createStripePayoutStepId = "create-stripe-connect-payout"

/**
 * This step pays out from a connected account's balance to its bank. Under a lock on the account it refuses
 * (409 `payout_in_progress`) while a payout of that account is pending or in transit, both as stored and as
 * Stripe lists them, then creates the payout with `Stripe-Account` and the key
 * `stripe-connect:payout:<acct>:<request id>`, and stores it before the lock is released, so of two parallel
 * requests one pays out and the other sees it. Not enough available funds is Stripe's `insufficient_balance`.
 * Compensation cancels the payout (possible while it is pending) and deletes the row.
 */
export const createStripePayoutStep = createStep(
  createStripePayoutStepId,
  async (input: CreateStripePayoutStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)

    const locked = await locking.execute(`stripe-connect:payouts:${input.account_id}`, async () => {
      const busy = await payoutInProgress(service, gateway, input.account_id)
      if (busy) {
        throw new StripeConnectError(
          "payout_in_progress",
          `Payout ${busy} of account ${input.account_id} is still pending or in transit; wait until it is paid, failed or canceled`
        )
      }
      const payout = await gateway.payouts.create(
        input.account_id,
        {
          amount: input.amount,
          currency: input.currency,
          method: input.method,
          ...(input.description ? { description: input.description } : {}),
          metadata: { request_id: input.request_id },
          // The answer then names the bank account (last4, bank name) the payout goes to.
          expand: ["destination"],
        },
        stripeIdempotencyKeys.createPayout(input.account_id, input.request_id)
      )
      const rowId = await storeMadePayout(service, {
        payout_id: payout.id,
        stripe_account_id: input.account_id,
        merchant_id: input.merchant_id,
        amount: payout.amount,
        currency: payout.currency,
        status: payout.status,
        method: payout.method,
        arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000).toISOString().slice(0, 10) : null,
        request_id: input.request_id,
      })
      return new StepResponse(payout, { id: rowId, payout_id: payout.id, account_id: input.account_id })
    })
    return new StepResponse(locked.output, locked.compensateInput)
  },
  async (compensation: { id: string; payout_id: string; account_id: string } | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    await gateway.payouts.cancel(
      compensation.account_id,
      compensation.payout_id,
      stripeIdempotencyKeys.cancelPayout(compensation.payout_id)
    )
    await service.deleteStripeConnectPayouts(compensation.id)
  }
)

/**
 * The id of a payout of the account that is pending or in transit, or null. Stored rows that say so are checked
 * against Stripe (a missed webhook must not block payouts forever) and corrected, unless a payout handler stored
 * a newer state meanwhile; then Stripe's own list is asked, for payouts made elsewhere (the dashboard, automatic
 * payouts).
 */
async function payoutInProgress(
  service: StripeConnectModuleService,
  gateway: StripeGateway,
  accountId: string
): Promise<string | null> {
  const stored = await service.listStripeConnectPayouts(
    { stripe_account_id: accountId, status: ["pending", "in_transit"] },
    { take: 20 }
  )
  for (const row of stored) {
    const current = await gateway.payouts.retrieve(accountId, row.payout_id)
    if (isPayoutInProgress(current.status)) {
      return current.id
    }
    // A payout handler may store a newer state of this payout meanwhile: the correction must not undo it.
    await service.updateRecordIfGuardHolds("payout", row.id, payoutWriteGuard(current.status), {
      status: current.status,
      failure_code: current.failure_code ?? null,
      failure_message: current.failure_message ?? null,
    })
  }
  for (const status of ["pending", "in_transit"] as const) {
    const list = await gateway.payouts.list(accountId, { status, limit: 1 })
    if (list.data[0]) {
      return list.data[0].id
    }
  }
  return null
}

type MadePayout = {
  payout_id: string
  stripe_account_id: string
  merchant_id: string
  amount: number
  currency: string
  status: string
  method: string
  arrival_date: string | null
  request_id: string
}

/**
 * Stores the payout just made and answers its row id. Stripe sends `payout.created` at once, and its handler
 * stores payouts it does not know, so it may have stored this one first: the unique payout id refuses the second
 * row, and that stored row then gets this request's id (so a retried request finds it) instead of failing a
 * payout that was made.
 */
async function storeMadePayout(service: StripeConnectModuleService, fields: MadePayout): Promise<string> {
  const { row, inserted } = await service.createPayoutOrFindStored(fields)
  if (!inserted) {
    await service.updateStripeConnectPayouts({ id: row.id, request_id: fields.request_id })
  }
  return row.id
}
