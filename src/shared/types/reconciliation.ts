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

/**
 * Why a mismatch was raised (docs/api.md#mismatches): a Stripe charge no plugin payment explains; a plugin record
 * with no Stripe line although its balance's ledger is past it; a payment's (or refund's, transfer's, seller
 * transfer's) amount that differs from Stripe's line; an application fee that differs from the fee the
 * configuration gave at the time; a refund at Stripe that the plugin has no record of; a seller of a multi-seller
 * charge not paid by a transfer; a multi-seller charge whose platform share (charge minus its transfers) differs
 * from the split's; an order whose total differs from what its payments charged; an application fee (or a seller's
 * platform fee) that differs from what the fee configuration in force when it was decided gives.
 */
export const MISMATCH_REASONS = [
  "unknown_charge",
  "missing_stripe_line",
  "amount_mismatch",
  "fee_mismatch",
  "refund_not_recorded",
  "missing_transfer",
  "platform_share_mismatch",
  "order_total_mismatch",
  "fee_configuration_mismatch",
] as const
export type MismatchReason = (typeof MISMATCH_REASONS)[number]

export const MISMATCH_STATES = ["open", "explained", "resolved"] as const
export type MismatchState = (typeof MISMATCH_STATES)[number]

/** What a ledger line was matched to (`match_kind`): the kind of plugin record that explains it. */
export const MATCH_KINDS = [
  "payment",
  "application_fee",
  "application_fee_refund",
  "refund",
  "transfer",
  "transfer_reversal",
  "dispute",
  "payout",
  "stripe",
] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

/** A ledger line with what the matching found (docs/api.md#payout-lines). */
export type ReconciledLineDocument = BalanceTransactionDocument & {
  match_kind: MatchKind | null
  match_record_id: string | null
  order_id: string | null
}

/** A mismatch (docs/api.md#list-mismatches). Amounts in minor units; times ISO 8601. */
export type MismatchDocument = {
  id: string
  reason: MismatchReason
  state: MismatchState
  note: string | null
  balance_transaction_id: string | null
  record_kind: string | null
  record_id: string | null
  order_id: string | null
  account_id: string | null
  currency: string | null
  expected_amount: number | null
  actual_amount: number | null
  detected_at: string
  updated_by: string | null
}

/** One payout's figures per account and currency, from its ledger lines (docs/api.md#list-reconciled-payouts). */
export type ReconciledPayoutDocument = {
  payout_id: string
  account_id: string | null
  currency: string
  gross: number
  fees: number
  refunds: number
  disputes: number
  transfers: number
  net: number
  payout_amount: number
  arrival_date: string | null
  lines: number
  matched: number
  open_mismatches: number
}

/** The ledger's daily figures, in the order they are shown (docs/api.md#ledger-daily-totals). */
export const LEDGER_DAILY_SERIES = [
  "gross_volume",
  "platform_fees",
  "platform_fees_refunded",
  "refunds",
  "disputes",
  "net",
  "payouts",
] as const

/** One balance's figures of one UTC day (or a window) in one currency, integer minor units, from its ledger lines. */
export type LedgerDailyFigures = Record<(typeof LEDGER_DAILY_SERIES)[number], number>

/** One balance (the platform's, `account_id` null, or a connected account's) in one currency. */
export type LedgerDailyTotals = {
  account_id: string | null
  currency: string
  totals: LedgerDailyFigures
  days: (LedgerDailyFigures & { date: string })[]
}

/** `GET /admin/stripe-connect/reconciliation/daily-totals`: the last `days` UTC days, `from` and `to` included. */
export type LedgerDailyTotalsDocument = {
  days: number
  from: string
  to: string
  data: LedgerDailyTotals[]
}
