export * from "./create-stripe-payout"
export * from "./update-stripe-payout-schedule"
export * from "./upsert-payout-from-stripe"
