export * from "./steps"
export * from "./workflows"
export * from "./utils/payment-mirror"
export * from "./handlers"
