export * from "./transfer-status"
export * from "./transfer-idempotency-keys"
