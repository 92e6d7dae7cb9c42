/** The figures of one UTC day in one currency, integer minor units. */
export type DailyFigures = {
  /** Captured amounts of the plugin's payments, on the day they were captured. */
  gross_volume: number
  /** Application fees Stripe collected on those payments, on the capture day. */
  platform_fees: number
  /** Application fees returned to connected accounts with refunds, on the refund's day. */
  platform_fees_refunded: number
  /** Refunds of the plugin's payments (succeeded or pending), on the day they were made. */
  refunds: number
  /** Connected accounts' payouts to their banks (not failed or canceled), on the day they were made. */
  payouts: number
}

export type DailyTotalsDay = DailyFigures & { date: string }

export type CurrencyDailyTotals = {
  currency: string
  totals: DailyFigures
  days: DailyTotalsDay[]
}

/** `GET /admin/stripe-connect/overview`: the last `days` UTC days, `from` and `to` included. */
export type OverviewDocument = {
  days: number
  from: string
  to: string
  data: CurrencyDailyTotals[]
}
