export * from "./types"
export * from "./daily-window"
export * from "./daily-totals"
