import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectReconciliationEvents } from "../../../types/reconciliation"
import { readLedgerCursorStep } from "../steps/read-ledger-cursor"
import { storeBalanceTransactionsStep } from "../steps/store-balance-transactions"
import { attributePayoutLinesStep } from "../steps/attribute-payout-lines"
import { advanceLedgerCursorStep } from "../steps/advance-ledger-cursor"
import { matchLedgerLinesStep } from "../steps/match-ledger-lines"
import { detectMissingStripeLinesStep } from "../steps/detect-missing-stripe-lines"
import { checkSeparateChargesStep } from "../steps/check-separate-charges"
import { checkOrderTotalsStep } from "../steps/check-order-totals"

export type SyncBalanceTransactionsWorkflowInput = {
  /** The connected account whose balance is read; null for the platform's. */
  account_id: string | null
}

export type SyncBalanceTransactionsWorkflowOutput = {
  account_id: string | null
  listed: number
  stored: number
  attributed: number
  /** Lines newly explained by a plugin record (or as Stripe's own). */
  matched: number
  /** Mismatches found for the first time. */
  mismatches: number
}

export const syncBalanceTransactionsWorkflowId = "sync-balance-transactions"

/**
 * Catches up one balance's ledger (docs/api.md#reconciliation): lists Stripe's balance transactions from the
 * stored cursor on, stores the new ones, attributes the lines of the payouts it saw, then moves the cursor. Then
 * it matches the balance's unexplained lines to the plugin's records, looks (on the platform's balance) for records
 * with no line and checks multi-seller charges (each seller's transfer, the platform's share), compares the totals of
 * the orders whose charges it matched with what they were charged, and emits `stripe.reconciliation.mismatch` for each mismatch found for the first time.
 */
export const syncBalanceTransactionsWorkflow = createWorkflow(
  syncBalanceTransactionsWorkflowId,
  (input: SyncBalanceTransactionsWorkflowInput) => {
    const since = readLedgerCursorStep({ account_id: input.account_id })
    const listing = storeBalanceTransactionsStep({ account_id: input.account_id, since })
    const attributed = attributePayoutLinesStep({ account_id: input.account_id, payout_ids: listing.payout_ids })
    advanceLedgerCursorStep({ account_id: input.account_id, newest: listing.newest })
    const matching = matchLedgerLinesStep({ account_id: input.account_id })
    const missing = detectMissingStripeLinesStep({ account_id: input.account_id })
    const separate = checkSeparateChargesStep({ account_id: input.account_id })
    const orderIds = transform({ matching }, ({ matching }) => matching.charged_order_ids)
    const totals = checkOrderTotalsStep({ order_ids: orderIds })
    const mismatches = transform({ matching, missing, separate, totals }, ({ matching, missing, separate, totals }) => [
      ...matching.mismatches,
      ...missing,
      ...separate,
      ...totals,
    ])
    emitEventStep({ eventName: StripeConnectReconciliationEvents.MISMATCH, data: mismatches })
    const result = transform(
      { input, listing, attributed, matching, mismatches },
      ({ input, listing, attributed, matching, mismatches }): SyncBalanceTransactionsWorkflowOutput => ({
        account_id: input.account_id,
        listed: listing.listed,
        stored: listing.stored,
        attributed,
        matched: matching.matched,
        mismatches: mismatches.length,
      })
    )
    return new WorkflowResponse(result)
  }
)
