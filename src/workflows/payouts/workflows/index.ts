export * from "./create-stripe-payout"
export * from "./update-payout-schedule"
export * from "./sync-stripe-payout"
