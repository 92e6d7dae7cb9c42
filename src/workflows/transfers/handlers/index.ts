export * from "./transfer-events"
