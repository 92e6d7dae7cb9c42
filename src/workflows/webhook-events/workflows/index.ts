export * from "./process-webhook-events"
export * from "./replay-webhook-event"
export * from "./recover-missed-webhook-events"
