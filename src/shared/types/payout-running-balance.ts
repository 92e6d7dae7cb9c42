import type { ReconciledLineDocument } from "./reconciliation"

/** The figures of a payout's period, in the currency's minor units (docs/api.md#payout-running-balance). */
export type PayoutPeriodTotals = {
  /** Lines in the period, and how many of them are matched. */
  lines: number
  matched: number
  /** Charges (`reporting_category` charge). */
  gross: number
  /** Stripe's `fee` of the lines. */
  fees: number
  /** Refunds and failed refunds, as Stripe signs them (a refund is negative). */
  refunds: number
  disputes: number
  transfers: number
  /** What the period added to the balance: the sum of its lines' `net`. */
  net: number
}

/**
 * `GET /admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance`: the payout's balance (account and
 * currency) as a running balance. `balance_after = balance_before + period.net - payout.amount - payout.fee`.
 */
export type PayoutRunningBalanceDocument = {
  payout: {
    payout_id: string
    account_id: string | null
    currency: string
    /** Stripe attributed lines to it (an automatic payout); a manual payout settles no particular lines. */
    automatic: boolean
    /** The payout's own line (`txn_...`). */
    balance_transaction_id: string
    /** What left the balance, positive. */
    amount: number
    fee: number
    created: string
    /** From the plugin's payout record; null when the plugin has none. */
    status: string | null
    arrival_date: string | null
  }
  /** The payout of the same balance before it, where the period starts (null: the period starts with the ledger). */
  previous_payout: { payout_id: string; balance_transaction_id: string; created: string } | null
  /** The balance when the period opens: every line of the balance before it, the previous payout included. */
  balance_before: number
  period: PayoutPeriodTotals
  /** The balance once the payout left it: every line of the balance up to the payout's own. */
  balance_after: number
  /** The period's lines, newest first, one page. */
  data: ReconciledLineDocument[]
  count: number
  offset: number
  limit: number
}
