export * from "./payout-ledger-events"
