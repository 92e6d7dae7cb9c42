import type { MedusaContainer } from "@medusajs/framework/types"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateDispute } from "../../../modules/stripe-connect/sellers/allocation"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { minorUnitStep } from "../../../shared/currency-units"
import {
  attemptReversals,
  lockedSplit,
  reread,
  type ReversalOutcome,
} from "../../seller-transfers/utils/reverse-seller-shares"
import { errorMessage, isStripeRefusal } from "../../seller-transfers/utils/stripe-refusal"

export type SellerDisputeInput = { dispute_id: string; payment_intent_id: string; amount: number }

/**
 * A dispute opened on a multi-seller charge (docs/api.md#seller-disputes): each seller's share of the disputed
 * amount (`allocateDispute`) is added to what is due from its transfer and recorded on its row before Stripe is
 * asked; the reversal's key is per dispute and seller. A refusal is the seller's debt, as for refunds. A second
 * delivery of the event records nothing again and only retries what is still owed.
 */
export async function reverseForDispute(
  container: MedusaContainer,
  input: SellerDisputeInput
): Promise<ReversalOutcome> {
  return lockedSplit(container, input.payment_intent_id, async (service, rows) => {
    if (!rows.length) {
      return { reversed: [], failed: [] }
    }
    if (!rows.some((row) => row.dispute_id === input.dispute_id)) {
      await recordDispute(service, rows, input)
    }
    const disputed = (await reread(service, rows)).filter(
      (row) => row.dispute_id === input.dispute_id && row.dispute_reversal_amount > row.dispute_restored_amount
    )
    return attemptReversals(service, disputed, (row) =>
      stripeIdempotencyKeys.sellerDisputeReversal(input.dispute_id, row.stripe_account_id, row.reversal_attempts)
    )
  })
}

async function recordDispute(
  service: StripeConnectModuleService,
  rows: readonly SellerTransferRow[],
  input: SellerDisputeInput
): Promise<void> {
  const charged = rows.reduce((acc, row) => acc + row.charged_amount, 0)
  const shares = allocateDispute(
    rows.map((row) => ({
      account_id: row.stripe_account_id,
      charged_amount: row.charged_amount,
      transfer_amount: row.transfer_amount,
      fee_amount: row.fee_amount,
      tax_kept_amount: row.tax_kept_amount,
      refunded_amount: row.refunded_amount,
    })),
    Math.min(input.amount, charged),
    minorUnitStep(rows[0].currency)
  )
  await service.updateStripeConnectSellerTransfers(
    shares.map((share) => {
      const row = rows.find((candidate) => candidate.stripe_account_id === share.account_id) as SellerTransferRow
      return {
        id: row.id,
        dispute_id: input.dispute_id,
        dispute_reversal_amount: share.reversal_amount,
        dispute_restored_amount: 0,
        reversal_due_amount: row.reversal_due_amount + share.reversal_amount,
      }
    })
  )
}

export type RestoreOutcome = { restored: SellerTransferRow[]; failed: SellerTransferRow[] }

/**
 * A won dispute on a multi-seller charge (docs/api.md#seller-disputes): what the dispute took from each seller
 * goes back. The part still owed (a reversal Stripe refused) is forgiven; the part reversed is transferred back
 * with a new transfer whose key is per dispute and seller ("restore"), the row marked `restore_status: "pending"`
 * before Stripe is asked. A transfer that fails leaves it `failed` with Stripe's message, for the retry job (or the
 * dispute's next closed event): with the same key when the outcome is unknown (a transfer Stripe made is answered,
 * not made twice), with the next `restore_attempts` after a refusal (Stripe answers a reused key with its refusal).
 */
export async function restoreForWonDispute(
  container: MedusaContainer,
  input: Omit<SellerDisputeInput, "amount">
): Promise<RestoreOutcome> {
  return lockedSplit(container, input.payment_intent_id, async (service, rows) => {
    const gateway = await service.getStripeGateway()
    const outcome: RestoreOutcome = { restored: [], failed: [] }
    for (const row of rows.filter((candidate) => candidate.dispute_id === input.dispute_id)) {
      const unrestored = row.dispute_reversal_amount - row.dispute_restored_amount
      if (unrestored <= 0) {
        continue
      }
      const forgiven = Math.min(row.reversal_due_amount - row.amount_reversed, unrestored)
      let current = row
      if (forgiven > 0) {
        const due = row.reversal_due_amount - forgiven
        current = await service.updateStripeConnectSellerTransfers({
          id: row.id,
          reversal_due_amount: due,
          dispute_restored_amount: row.dispute_restored_amount + forgiven,
          status: settledStatus(row, due),
          failure_message: null,
        })
      }
      const giveBack = unrestored - forgiven
      if (giveBack <= 0 || !row.transfer_id) {
        if (forgiven > 0) {
          outcome.restored.push(current)
        }
        continue
      }
      if (current.restore_status !== "pending") {
        current = await service.updateStripeConnectSellerTransfers({ id: row.id, restore_status: "pending" })
      }
      try {
        const transfer = await gateway.transfers.create(
          {
            destination: row.stripe_account_id,
            amount: giveBack,
            currency: row.currency,
            ...(row.transfer_group ? { transfer_group: row.transfer_group } : {}),
            metadata: {
              order_id: row.order_id ?? "",
              payment_intent_id: row.payment_intent_id,
              seller_account_id: row.stripe_account_id,
              seller_transfer_id: row.id,
              dispute_id: input.dispute_id,
              reason: "dispute_won",
            },
          },
          stripeIdempotencyKeys.sellerDisputeRestore(input.dispute_id, row.stripe_account_id, row.restore_attempts)
        )
        outcome.restored.push(
          await service.updateStripeConnectSellerTransfers({
            id: row.id,
            dispute_restored_amount: current.dispute_restored_amount + giveBack,
            restore_transfer_id: transfer.id,
            restore_status: "restored",
            failure_message: null,
          })
        )
      } catch (error) {
        outcome.failed.push(
          await service.updateStripeConnectSellerTransfers({
            id: row.id,
            restore_status: "failed",
            restore_attempts: row.restore_attempts + (isStripeRefusal(error) ? 1 : 0),
            failure_message: errorMessage(error),
          })
        )
      }
    }
    return outcome
  })
}

/** The status of a transferred row once nothing is owed beyond `due`. */
function settledStatus(row: SellerTransferRow, due: number): string {
  if (due > row.amount_reversed) {
    return "reversal_failed"
  }
  if (!row.transfer_id) {
    return row.status
  }
  if (row.amount_reversed === 0) {
    return "transferred"
  }
  return row.amount_reversed >= row.transfer_amount ? "reversed" : "partially_reversed"
}
