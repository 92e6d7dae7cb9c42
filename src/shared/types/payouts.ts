/** The API's payout statuses (docs/api.md#list-payouts) (Stripe uses the same names). */
export const PAYOUT_STATUSES = ["pending", "in_transit", "paid", "failed", "canceled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/** A row of an account's payouts (docs/api.md#list-payouts). */
export type PayoutDocument = {
  payout_id: string
  amount: number
  currency: string
  status: PayoutStatus
  /** YYYY-MM-DD (UTC). */
  arrival_date: string | null
  method: string
  bank_account: { last4: string | null; bank_name: string | null } | null
}

/** What `GET /accounts/:account_id/payouts/schedule` answers (docs/api.md#get-payout-schedule). */
export type PayoutScheduleDocument = {
  interval: string
  delay_days: number | null
  /** The weekday of weekly payouts or the day of the month of monthly ones; null otherwise. */
  anchor_day: string | number | null
  next_payout_date: string | null
}

export type BalanceAmount = { amount: number; currency: string }

/** Balances (docs/api.md#balances): amounts per currency in integer minor units. */
export type BalanceDocument = {
  available: BalanceAmount[]
  pending: BalanceAmount[]
  connect_reserved: BalanceAmount[]
}
