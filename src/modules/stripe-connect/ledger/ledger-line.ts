import type Stripe from "stripe"

/** The platform's balance in the ledger's cursors; a connected account's is its id. */
export const PLATFORM_LEDGER_SCOPE = "platform"

/** A balance transaction as the ledger stores it (model `StripeConnectBalanceTransaction`, without the row id). */
export type LedgerLine = {
  balance_transaction_id: string
  stripe_account_id: string | null
  type: string
  reporting_category: string
  amount: number
  fee: number
  net: number
  currency: string
  exchange_rate: number | null
  source_id: string | null
  source_type: string | null
  payout_id: string | null
  available_on: Date
  created: Date
  status: string
  /** The object the source belongs to (see `sourceLinkOf`), null when the source was not expanded. */
  source_link_id: string | null
}

/** Where the sync stopped in one balance: the newest line stored. */
export type LedgerCursorPosition = { created: Date; balance_transaction_id: string }

/** Stripe object types by id prefix, for lines whose source is not expanded. */
const SOURCE_TYPE_BY_PREFIX: [string, string][] = [
  ["ch_", "charge"],
  ["py_", "charge"],
  ["re_", "refund"],
  ["pyr_", "refund"],
  ["tr_", "transfer"],
  ["trr_", "transfer_reversal"],
  ["fee_", "application_fee"],
  ["fr_", "fee_refund"],
  ["po_", "payout"],
  ["dp_", "dispute"],
  ["du_", "dispute"],
  ["tu_", "topup"],
]

/** The Stripe object type of a balance transaction's source id (`ch_` charge, `po_` payout...), null when unknown. */
export function sourceTypeOf(sourceId: string | null): string | null {
  if (!sourceId) {
    return null
  }
  return SOURCE_TYPE_BY_PREFIX.find(([prefix]) => sourceId.startsWith(prefix))?.[1] ?? null
}

type ExpandedSource = Exclude<Stripe.BalanceTransaction["source"], string | null>
type Linked = string | { id: string } | null | undefined

const idOf = (value: Linked): string | null => (typeof value === "string" ? value : (value?.id ?? null))

/**
 * The object an expanded source belongs to, which the matching follows (docs/api.md#reconciliation): a charge's
 * payment intent, or for a connected account's destination payment (`py_`) the transfer it came with; a refund's
 * charge, or the transfer reversal a destination payment's refund (`pyr_`) mirrors; a transfer's source charge; a
 * reversal's transfer; an application fee's charge; a fee refund's fee; a dispute's charge.
 */
export function sourceLinkOf(source: ExpandedSource): string | null {
  switch (source.object) {
    case "charge":
      return source.id.startsWith("py_") ? idOf(source.source_transfer) : idOf(source.payment_intent)
    case "refund":
      return idOf(source.source_transfer_reversal) ?? idOf(source.charge)
    case "transfer":
      return idOf(source.source_transaction)
    case "transfer_reversal":
      return idOf(source.transfer)
    case "application_fee":
      return idOf(source.charge)
    case "fee_refund":
      return idOf(source.fee)
    case "dispute":
      return idOf(source.charge)
    default:
      return null
  }
}

const PAYOUT_TYPES = new Set(["payout", "payout_cancel", "payout_failure"])

/**
 * One Stripe balance transaction of the platform (`accountId` null) or of a connected account, as a ledger line.
 * A payout's own lines (the payout, its cancellation or failure) belong to that payout; which payout settled any
 * other line is only known from Stripe's `payout` filter, so it is left null here.
 */
export function toLedgerLine(txn: Stripe.BalanceTransaction, accountId: string | null): LedgerLine {
  const source = txn.source
  const sourceId = typeof source === "string" ? source : (source?.id ?? null)
  const sourceType = typeof source === "string" || !source ? sourceTypeOf(sourceId) : source.object
  return {
    balance_transaction_id: txn.id,
    stripe_account_id: accountId,
    type: txn.type,
    reporting_category: txn.reporting_category,
    amount: txn.amount,
    fee: txn.fee,
    net: txn.net,
    currency: txn.currency,
    exchange_rate: txn.exchange_rate ?? null,
    source_id: sourceId,
    source_type: sourceType,
    payout_id: PAYOUT_TYPES.has(txn.type) && sourceType === "payout" ? sourceId : null,
    available_on: new Date(txn.available_on * 1000),
    created: new Date(txn.created * 1000),
    status: txn.status,
    source_link_id: typeof source === "string" || !source ? null : sourceLinkOf(source),
  }
}
