export * from "./sync-balance-transactions"
export * from "./update-reconciliation-mismatch"
