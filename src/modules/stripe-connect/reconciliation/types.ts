import type { MatchKind, MismatchReason } from "../../../shared/types/reconciliation"

/** A ledger line as the matching reads it (model `StripeConnectBalanceTransaction`). */
export type MatchableLine = {
  balance_transaction_id: string
  stripe_account_id: string | null
  type: string
  amount: number
  currency: string
  source_id: string | null
  source_type: string | null
  source_link_id: string | null
}

/** What the matching needs of a plugin payment (model `StripeConnectPayment`). */
export type PaymentFacts = {
  id: string
  order_id: string | null
  amount: number
  amount_captured: number
  application_fee_amount: number
  /**
   * The fee the fee configuration in force then gives the payment's full amount (`configuredPaymentFee`); null or
   * undefined when that cannot be known (no fee basis, an explicit fee).
   */
  configured_fee?: number | null
  /** What Stripe refunded of the charge (synchronised from Stripe). */
  amount_refunded?: number
  /**
   * For a multi-seller charge: the refunds its seller split accounts for (the sum of the sellers' refunded
   * amounts), which is how the plugin records them; undefined for a destination charge.
   */
  split_refunded?: number
}

/** A plugin refund with the order of its payment. */
export type RefundFacts = { id: string; amount: number; order_id: string | null }

/** A plugin transfer (model `StripeConnectTransfer`). */
export type TransferFacts = { id: string; amount: number; order_id: string | null }

/**
 * A seller's part of a multi-seller charge (model `StripeConnectSellerTransfer`), by one of its transfers: the
 * seller's transfer (`restore` false; its amount is the seller's share) or the transfer that gave back a won
 * dispute's reversal (`restore` true).
 */
export type SellerTransferFacts = {
  id: string
  order_id: string | null
  stripe_account_id: string
  transfer_amount: number
  restore: boolean
}

/** A plugin dispute with the order of its payment. */
export type DisputeFacts = { id: string; order_id: string | null }

/**
 * The records that may explain a page of lines, by the Stripe ids the lines name. `chargeOfTransfer` and
 * `transferOfReversal` come from the platform's own lines (a transfer's source charge, a reversal's transfer), so
 * a connected account's line can be followed back to the platform's charge.
 */
export type MatchContext = {
  paymentsByCharge: Map<string, PaymentFacts>
  paymentsByIntent: Map<string, PaymentFacts>
  paymentsByApplicationFee: Map<string, PaymentFacts>
  refunds: Map<string, RefundFacts>
  transfers: Map<string, TransferFacts>
  /** Seller transfers by the Stripe transfer id (`tr_`) of either of their transfers. */
  sellerTransfers: Map<string, SellerTransferFacts>
  disputes: Map<string, DisputeFacts>
  payouts: Map<string, { id: string }>
  chargeOfTransfer: Map<string, string>
  transferOfReversal: Map<string, string>
}

/** What explains a line: its role, the plugin record (null when Stripe's own, e.g. an automatic payout), the order. */
export type LineMatch = { kind: MatchKind; record_id: string | null; order_id: string | null }

/** A mismatch as detection proposes it; stored once per `dedup_key`. */
export type MismatchCandidate = {
  dedup_key: string
  reason: MismatchReason
  balance_transaction_id: string | null
  record_kind: string | null
  record_id: string | null
  order_id: string | null
  stripe_account_id: string | null
  currency: string | null
  expected_amount: number | null
  actual_amount: number | null
}

export type LineMatchResult = { match: LineMatch | null; mismatches: MismatchCandidate[] }
