export * from "./create-stripe-payment"
export * from "./capture-stripe-payment"
export * from "./refund-stripe-payment"
export * from "./sync-stripe-payment"
