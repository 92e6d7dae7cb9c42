export * from "./transfer-status"
