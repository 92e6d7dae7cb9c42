import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateRefund, type RefundRequest } from "../../../modules/stripe-connect/sellers/allocation"
import { minorUnitStep } from "../../../shared/currency-units"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { sellerSplitLockKey } from "./seller-split-lock"
import { errorMessage, isStripeRefusal } from "./stripe-refusal"
import { refundSellerCharge, type SellerChargeRefund } from "./refund-seller-charge"

export type ReversalOutcome = { reversed: SellerTransferRow[]; failed: SellerTransferRow[] }

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

/** Adds a refund's shares to the rows (refunded, fee given back, reversal due), before any Stripe call. */
async function recordRefund(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[],
  request: RefundRequest
): Promise<void> {
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
  const updates = shares
    .filter((share) => share.refund_amount > 0)
    .map((share) => {
      const row = rows.find((candidate) => candidate.stripe_account_id === share.account_id) as SellerTransferRow
      return {
        id: row.id,
        refunded_amount: row.refunded_amount + share.refund_amount,
        fee_refunded_amount: row.fee_refunded_amount + share.fee_refund_amount,
        reversal_due_amount: row.reversal_due_amount + share.reversal_amount,
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

export type RefundSellerInput = SellerChargeRefund

/**
 * Refunds one seller's amount of a multi-seller charge: the refund is attributed to the seller first (so the
 * `charge.refunded` event it causes finds nothing unattributed), then made at Stripe once (through Medusa's refund
 * of the order's payment when Medusa holds the charge, so the order shows it), then that seller's transfer reversed
 * by its share. A refund refused (by Stripe or by Medusa) puts the rows back.
 */
export async function refundSeller(container: MedusaContainer, input: RefundSellerInput): Promise<ReversalOutcome> {
  return lockedSplit(container, input.payment_intent_id, async (service, rows) => {
    const row = rows.find((candidate) => candidate.stripe_account_id === input.account_id)
    if (!row) {
      throw new StripeConnectError("not_found", `Seller ${input.account_id} has no part in this order's charge`, {
        param: "account_id",
      })
    }
    if (input.amount > row.charged_amount - row.refunded_amount) {
      throw new StripeConnectError(
        "invalid_request",
        `amount: ${input.amount} is more than the ${row.charged_amount - row.refunded_amount} left to refund of seller ${input.account_id}`,
        { param: "amount" }
      )
    }
    await recordRefund(service, rows, { amount: input.amount, account_id: input.account_id })
    try {
      await refundSellerCharge(container, service, row, input)
    } catch (error) {
      await service.updateStripeConnectSellerTransfers({
        id: row.id,
        refunded_amount: row.refunded_amount,
        fee_refunded_amount: row.fee_refunded_amount,
        reversal_due_amount: row.reversal_due_amount,
      })
      throw error
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
