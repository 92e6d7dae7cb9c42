export * from "./save-fee-configuration"
export * from "./record-fee-configuration-change"
export * from "./record-payment-fee-override"
