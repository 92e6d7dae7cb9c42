import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { callStripeForIntent, openMoneyIntent } from "../../money-intents/utils/money-intent"
import { storeMadePayout, type PayoutRecordContext } from "../utils/store-made-payout"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { isPayoutInProgress, payoutWriteGuard } from "../../../modules/stripe-connect/payouts"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type CreateStripePayoutStepInput = {
  account_id: string
  merchant_id: string
  amount: number
  currency: string
  method: "standard" | "instant"
  description?: string | null
  request_id: string
}

type Compensation = { id: string; payout_id: string; account_id: string; money_intent_id: string }

export const createStripePayoutStepId = "create-stripe-connect-payout"

/**
 * This step pays out from a connected account's balance to its bank. Under a lock on the account it refuses
 * (409 `payout_in_progress`) while a payout of that account is pending or in transit, both as stored and as
 * Stripe lists them, writes the payout's intent (amount, parameters and the key
 * `stripe-connect:payout:<acct>:<request id>`), creates the payout with `Stripe-Account` and that key, and stores it
 * before the lock is released, so of two parallel requests one pays out and the other sees it. A retry of the same
 * request sends its first attempt's stored parameters again. Not enough available funds is Stripe's
 * `insufficient_balance` (the intent is deleted); an unknown outcome leaves the intent pending for recovery.
 * Compensation cancels the payout (possible while it is pending) and deletes the row and the intent.
 */
export const createStripePayoutStep: StepFunction<CreateStripePayoutStepInput, Stripe.Payout> = createStep(
  createStripePayoutStepId,
  async (input: CreateStripePayoutStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)

    const key = stripeIdempotencyKeys.createPayout(input.account_id, input.request_id)
    const locked = await runLocked(locking, `stripe-connect:payouts:${input.account_id}`, async () => {
      const [earlier] = await service.listStripeConnectMoneyIntents({ stripe_idempotency_key: key }, { take: 1 })
      const intent = earlier ?? (await openPayoutIntent(service, gateway, input, key))
      const payout = await callStripeForIntent(service, intent, () =>
        gateway.payouts.create(
          input.account_id,
          intent.params as unknown as Stripe.PayoutCreateParams,
          intent.stripe_idempotency_key
        )
      )
      const rowId = await storeMadePayout(service, payout, input.account_id, intent.context as PayoutRecordContext)
      await service.updateStripeConnectMoneyIntents({ id: intent.id, status: "completed", stripe_object_id: payout.id })
      const compensation: Compensation = {
        id: rowId,
        payout_id: payout.id,
        account_id: input.account_id,
        money_intent_id: intent.id,
      }
      return new StepResponse(payout, compensation)
    })
    return new StepResponse(locked.output, locked.compensateInput)
  },
  async (compensation: Compensation | undefined, { container }) => {
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
    await service.deleteStripeConnectMoneyIntents(compensation.money_intent_id)
  }
)

/** Refuses while another payout is in progress, then writes the payout's intent (see the step). */
async function openPayoutIntent(
  service: StripeConnectModuleService,
  gateway: StripeGateway,
  input: CreateStripePayoutStepInput,
  key: string
): Promise<MoneyIntentRow> {
  const busy = await payoutInProgress(service, gateway, input.account_id)
  if (busy) {
    throw new StripeConnectError(
      "payout_in_progress",
      `Payout ${busy} of account ${input.account_id} is still pending or in transit; wait until it is paid, failed or canceled`
    )
  }
  const params: Stripe.PayoutCreateParams = {
    amount: input.amount,
    currency: input.currency,
    method: input.method,
    ...(input.description ? { description: input.description } : {}),
    metadata: { request_id: input.request_id },
    // The answer then names the bank account (last4, bank name) the payout goes to.
    expand: ["destination"],
  }
  const context: PayoutRecordContext = { merchant_id: input.merchant_id, request_id: input.request_id }
  return await openMoneyIntent(service, {
    kind: "payout",
    stripe_idempotency_key: key,
    stripe_account_id: input.account_id,
    amount: input.amount,
    currency: input.currency,
    params,
    context,
  })
}

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
