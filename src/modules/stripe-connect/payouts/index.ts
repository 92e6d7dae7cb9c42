export * from "./payout-schedule"
export * from "./platform-controls-payouts"
export * from "./to-payout-document"
export * from "./to-balance-document"
