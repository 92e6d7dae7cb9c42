import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateRefund, type RefundRequest } from "../../../modules/stripe-connect/sellers/allocation"
import { minorUnitStep } from "../../../shared/currency-units"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { sellerSplitLockKey } from "./seller-split-lock"
import { errorMessage, isStripeRefusal } from "./stripe-refusal"

export type ReversalOutcome = { reversed: SellerTransferRow[]; failed: SellerTransferRow[] }

/** What one refund added to one row: refunded, fee given back, reversal due. */
export type RefundShare = {
  id: string
  refunded_amount: number
  fee_refunded_amount: number
  reversal_due_amount: number
}

const SPLIT_STATES = new Set([
  "pending",
  "transfer_failed",
  "transferred",
  "partially_reversed",
  "reversed",
  "reversal_failed",
])

/** Rows whose amounts are decided (the charge was captured), so refunds can fall on them. */
function splitRows(rows: readonly SellerTransferRow[]): SellerTransferRow[] {
  return rows.filter((row) => SPLIT_STATES.has(row.status))
}

/**
 * Adds a refund's shares to the rows (refunded, fee given back, reversal due), before any Stripe call; answers
 * what it added to each row.
 */
export async function recordRefund(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[],
  request: RefundRequest
): Promise<RefundShare[]> {
  const shares = allocateRefund(
    rows.map((row) => ({
      account_id: row.stripe_account_id,
      charged_amount: row.charged_amount,
      transfer_amount: row.transfer_amount,
      fee_amount: row.fee_amount,
      tax_kept_amount: row.tax_kept_amount,
      refunded_amount: row.refunded_amount,
    })),
    request,
    minorUnitStep(rows[0]?.currency ?? "")
  )
  const added = shares
    .filter((share) => share.refund_amount > 0)
    .map((share) => ({
      id: (rows.find((candidate) => candidate.stripe_account_id === share.account_id) as SellerTransferRow).id,
      refunded_amount: share.refund_amount,
      fee_refunded_amount: share.fee_refund_amount,
      reversal_due_amount: share.reversal_amount,
    }))
  await addToRows(service, rows, added, 1)
  return added
}

/** Takes back what `recordRefund` added, for a refund that was refused (nothing was refunded). */
export async function withdrawRefund(
  service: StripeConnectModuleService,
  added: readonly RefundShare[]
): Promise<void> {
  if (added.length) {
    const rows = await service.listStripeConnectSellerTransfers({ id: added.map((share) => share.id) })
    await addToRows(service, rows, added, -1)
  }
}

async function addToRows(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[],
  added: readonly RefundShare[],
  sign: 1 | -1
): Promise<void> {
  const updates = added.map((share) => {
    const row = rows.find((candidate) => candidate.id === share.id) as SellerTransferRow
    return {
      id: row.id,
      refunded_amount: row.refunded_amount + sign * share.refunded_amount,
      fee_refunded_amount: row.fee_refunded_amount + sign * share.fee_refunded_amount,
      reversal_due_amount: row.reversal_due_amount + sign * share.reversal_due_amount,
    }
  })
  if (updates.length) {
    await service.updateStripeConnectSellerTransfers(updates)
  }
}

/**
 * Reverses what each row owes (`reversal_due_amount - amount_reversed`) on its transfer, one Stripe reversal per
 * row. A refusal (the seller's balance is short) leaves the row `reversal_failed` with Stripe's message: the owed
 * amount is the seller's debt, retried by the job with a new attempt number in the key. An error whose outcome is
 * unknown (Stripe unreachable) leaves it `reversal_failed` too, but with the same attempt: the retry reuses the key.
 * A row not yet transferred (its transfer pending or refused) keeps its debt until the transfer is made.
 * `keyOf` gives the key of a row's reversal (by default the running total's).
 */
export async function attemptReversals(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[],
  keyOf: (row: SellerTransferRow & { transfer_id: string }) => string = (row) =>
    stripeIdempotencyKeys.sellerReversal(row.transfer_id, row.reversal_due_amount, row.reversal_attempts)
): Promise<ReversalOutcome> {
  const gateway = await service.getStripeGateway()
  const outcome: ReversalOutcome = { reversed: [], failed: [] }
  for (const row of rows) {
    const owed = row.reversal_due_amount - row.amount_reversed
    if (owed <= 0 || !row.transfer_id) {
      continue
    }
    try {
      await gateway.transfers.reverse(
        row.transfer_id,
        { amount: owed, metadata: { seller_transfer_id: row.id, order_id: row.order_id ?? "" } },
        keyOf({ ...row, transfer_id: row.transfer_id })
      )
      outcome.reversed.push(
        await service.updateStripeConnectSellerTransfers({
          id: row.id,
          amount_reversed: row.reversal_due_amount,
          status: row.reversal_due_amount >= row.transfer_amount ? "reversed" : "partially_reversed",
          failure_message: null,
        })
      )
    } catch (error) {
      outcome.failed.push(
        await service.updateStripeConnectSellerTransfers({
          id: row.id,
          status: "reversal_failed",
          reversal_attempts: row.reversal_attempts + (isStripeRefusal(error) ? 1 : 0),
          failure_message: errorMessage(error),
        })
      )
    }
  }
  return outcome
}

export function lockedSplit<T>(
  container: MedusaContainer,
  paymentIntentId: string,
  job: (service: StripeConnectModuleService, rows: SellerTransferRow[]) => Promise<T>
): Promise<T> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  return runLocked(
    locking,
    sellerSplitLockKey(paymentIntentId),
    async () =>
      job(service, splitRows(await service.listStripeConnectSellerTransfers({ payment_intent_id: paymentIntentId }))),
    { subject: `the seller split of ${paymentIntentId}`, timeout: 30 }
  )
}

/**
 * A refund of the charge seen at Stripe (`charge.refunded`: Medusa's refund through the provider, the dashboard):
 * what is refunded beyond what the rows already account for is spread over the sellers by what is left of their
 * parts, and their transfers reversed by their shares.
 */
export async function reverseForChargeRefunds(
  container: MedusaContainer,
  paymentIntentId: string,
  chargeAmountRefunded: number
): Promise<ReversalOutcome> {
  return lockedSplit(container, paymentIntentId, async (service, rows) => {
    if (!rows.length) {
      return { reversed: [], failed: [] }
    }
    const accounted = rows.reduce((acc, row) => acc + row.refunded_amount, 0)
    const unattributed = chargeAmountRefunded - accounted
    if (unattributed > 0) {
      await recordRefund(service, rows, { amount: unattributed })
    }
    return attemptReversals(service, await reread(service, rows))
  })
}

/** Tries again every reversal still owed on a charge (the retry job). */
export async function retryOwedReversals(
  container: MedusaContainer,
  paymentIntentId: string
): Promise<ReversalOutcome> {
  return lockedSplit(container, paymentIntentId, async (service, rows) => attemptReversals(service, rows))
}

export async function reread(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[]
): Promise<SellerTransferRow[]> {
  return service.listStripeConnectSellerTransfers({ id: rows.map((row) => row.id) })
}
