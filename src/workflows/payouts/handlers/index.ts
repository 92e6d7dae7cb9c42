export * from "./payout-events"
