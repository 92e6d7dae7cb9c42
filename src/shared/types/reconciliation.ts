/**
 * A line of the ledger (docs/api.md#reconciliation): one Stripe balance transaction of the platform (`account_id`
 * null) or of a connected account. Integer minor units; `net = amount - fee`. Times are ISO 8601.
 */
export type BalanceTransactionDocument = {
  /** Stripe's balance transaction id (`txn_...`). */
  id: string
  account_id: string | null
  type: string
  reporting_category: string
  amount: number
  fee: number
  net: number
  currency: string
  exchange_rate: number | null
  source_id: string | null
  source_type: string | null
  /** The payout that settled the line (automatic payouts), or the payout a payout line belongs to. */
  payout_id: string | null
  available_on: string
  created: string
  status: string
}

export type BalanceTransactionListResponse = {
  data: BalanceTransactionDocument[]
  count: number
  offset: number
  limit: number
}

/** What a catch-up did: balances read, lines listed by Stripe, lines new to the ledger, lines given a payout. */
export type BalanceTransactionSyncResponse = {
  balances: number
  listed: number
  stored: number
  attributed: number
  failed: { account_id: string | null; message: string }[]
}
