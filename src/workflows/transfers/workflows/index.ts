export * from "./create-stripe-transfer"
export * from "./reverse-stripe-transfer"
export * from "./sync-stripe-transfer"
