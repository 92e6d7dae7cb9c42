export * from "./sync-balance-transactions"
