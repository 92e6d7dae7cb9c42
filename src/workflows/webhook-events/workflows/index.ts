export * from "./process-webhook-event"
export * from "./replay-webhook-event"
export * from "./recover-missed-webhook-events"
