export * from "./types"
export * from "./daily-window"
export * from "./daily-totals"
export * from "./ledger-daily-totals"
