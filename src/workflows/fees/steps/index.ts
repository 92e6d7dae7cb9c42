export * from "./save-fee-configuration"
export * from "./record-fee-configuration-change"
