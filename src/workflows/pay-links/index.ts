export * from "./workflows/create-order-pay-link"
export * from "./workflows/apply-checkout-session-event"
export * from "./handlers/checkout-session-events"
