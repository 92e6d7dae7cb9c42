export * from "./read-ledger-cursor"
export * from "./store-balance-transactions"
export * from "./attribute-payout-lines"
export * from "./advance-ledger-cursor"
