/**
 * The money trail of one Medusa order (docs/api.md#order-money-trail): each charge that paid it, the platform's fee,
 * the transfers to the connected accounts, the payouts that settled them and whether they arrived. Integer minor
 * units; times ISO 8601. A step whose Stripe line the ledger does not hold yet has a null `balance_transaction_id`.
 */
export type MoneyTrailPayoutDocument = {
  payout_id: string
  amount: number | null
  status: string | null
  arrival_date: string | null
  /** The payout is `paid`: the money arrived at the account's bank. */
  arrived: boolean
}

export type MoneyTrailTransferDocument = {
  /** Stripe's transfer (`tr_...`); null while a seller's transfer is not made. */
  transfer_id: string | null
  account_id: string
  /** `destination`: made by Stripe with a destination charge; `seller`: a seller's part of a multi-seller order. */
  kind: "destination" | "seller"
  /** The seller's part (`scst_...`) for a seller transfer. */
  seller_transfer_id: string | null
  amount: number
  amount_reversed: number
  status: string | null
  balance_transaction_id: string | null
  /** The payout that settled the transfer's funds on the account (an automatic payout's lines), null until known. */
  payout: MoneyTrailPayoutDocument | null
}

export type MoneyTrailFeeDocument = {
  /** `application_fee` for a destination charge; `platform_share` (charge minus transfers) for a multi-seller one. */
  kind: "application_fee" | "platform_share"
  amount: number
  balance_transaction_id: string | null
}

export type MoneyTrailChargeDocument = {
  payment_id: string
  payment_intent_id: string
  charge_id: string | null
  split: string | null
  currency: string
  amount: number
  amount_captured: number
  amount_refunded: number
  captured_at: string | null
  balance_transaction_id: string | null
  /** Stripe's processing fee on the charge line (null while the ledger does not hold it). */
  stripe_fee: number | null
  fee: MoneyTrailFeeDocument | null
  transfers: MoneyTrailTransferDocument[]
}

export type MoneyTrailResponse = {
  order_id: string
  charges: MoneyTrailChargeDocument[]
  /** Open reconciliation mismatches about this order the caller may see. */
  open_mismatches: number
}
