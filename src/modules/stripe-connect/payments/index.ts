export * from "./payment-status"
