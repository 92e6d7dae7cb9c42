import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readLedgerCursorStep } from "../steps/read-ledger-cursor"
import { storeBalanceTransactionsStep } from "../steps/store-balance-transactions"
import { attributePayoutLinesStep } from "../steps/attribute-payout-lines"
import { advanceLedgerCursorStep } from "../steps/advance-ledger-cursor"

export type SyncBalanceTransactionsWorkflowInput = {
  /** The connected account whose balance is read; null for the platform's. */
  account_id: string | null
}

export type SyncBalanceTransactionsWorkflowOutput = {
  account_id: string | null
  listed: number
  stored: number
  attributed: number
}

export const syncBalanceTransactionsWorkflowId = "sync-balance-transactions"

/**
 * Catches up one balance's ledger (docs/api.md#reconciliation): lists Stripe's balance transactions from the
 * stored cursor on, stores the new ones, attributes the lines of the payouts it saw, then moves the cursor.
 */
export const syncBalanceTransactionsWorkflow = createWorkflow(
  syncBalanceTransactionsWorkflowId,
  (input: SyncBalanceTransactionsWorkflowInput) => {
    const since = readLedgerCursorStep({ account_id: input.account_id })
    const listing = storeBalanceTransactionsStep({ account_id: input.account_id, since })
    const attributed = attributePayoutLinesStep({ account_id: input.account_id, payout_ids: listing.payout_ids })
    advanceLedgerCursorStep({ account_id: input.account_id, newest: listing.newest })
    const result = transform(
      { input, listing, attributed },
      ({ input, listing, attributed }): SyncBalanceTransactionsWorkflowOutput => ({
        account_id: input.account_id,
        listed: listing.listed,
        stored: listing.stored,
        attributed,
      })
    )
    return new WorkflowResponse(result)
  }
)
