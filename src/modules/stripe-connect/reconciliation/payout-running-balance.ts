import type { PayoutPeriodTotals, PayoutRunningBalanceDocument } from "../../../shared/types/payout-running-balance"

/** Where a line stands in a balance's order: by `created`, then by Stripe id (the ledger's order everywhere). */
export type LedgerPosition = { created: Date; balance_transaction_id: string }

/** A payout's own line (type `payout`) with what the plugin's payout record says of it. */
export type PayoutLineFacts = LedgerPosition & {
  payout_id: string
  stripe_account_id: string | null
  currency: string
  amount: number
  fee: number
  net: number
  /** Lines of another type carry the payout's id: Stripe attributed them, so it is an automatic payout. */
  automatic: boolean
  status: string | null
  arrival_date: string | null
}

/** What the database sums for one payout's running balance (docs/api.md#payout-running-balance). */
export type PayoutRunningBalanceFacts = {
  payout: PayoutLineFacts
  previous: (LedgerPosition & { payout_id: string }) | null
  /** Sum of `net` of every line of the balance up to the previous payout's line, that line included. */
  balance_before: number
  period: PayoutPeriodTotals
}

/**
 * The running balance around a payout: the balance when its period opens, what the period's lines added, the
 * payout as a debit (its line's `net` is minus its amount and fee) and the balance after it. Integer minor units.
 */
export function buildPayoutRunningBalance(
  facts: PayoutRunningBalanceFacts
): Omit<PayoutRunningBalanceDocument, "data" | "count" | "offset" | "limit"> {
  const { payout, previous, balance_before, period } = facts
  return {
    payout: {
      payout_id: payout.payout_id,
      account_id: payout.stripe_account_id,
      currency: payout.currency,
      automatic: payout.automatic,
      balance_transaction_id: payout.balance_transaction_id,
      amount: -payout.amount,
      fee: payout.fee,
      created: new Date(payout.created).toISOString(),
      status: payout.status,
      arrival_date: payout.arrival_date,
    },
    previous_payout: previous
      ? {
          payout_id: previous.payout_id,
          balance_transaction_id: previous.balance_transaction_id,
          created: new Date(previous.created).toISOString(),
        }
      : null,
    balance_before,
    period,
    balance_after: balance_before + period.net + payout.net,
  }
}
