export * from "./dispute-events"
