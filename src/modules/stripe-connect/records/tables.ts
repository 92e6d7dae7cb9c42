/** The tables of the records whose writes are guarded (the names the models declare). */
export const RECORD_TABLES = {
  account: "stripe_connect_account",
  integration: "stripe_connect_integration",
  payment: "stripe_connect_payment",
  transfer: "stripe_connect_transfer",
  payout: "stripe_connect_payout",
  dispute: "stripe_connect_dispute",
  invoice: "stripe_connect_invoice",
} as const
