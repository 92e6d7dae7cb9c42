export * from "./payment-intent"
export * from "./charge-refunded"
