export * from "./types"
export * from "./registry"
export * from "./payout-events"
export * from "./dispute-events"
