export * from "./write-guard"
export * from "./status-order"
export * from "./event-order-guard"
