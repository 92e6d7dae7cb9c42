export * from "./create-stripe-transfer"
export * from "./record-transfer"
export * from "./reverse-stripe-transfer"
export * from "./update-transfer-from-stripe"
