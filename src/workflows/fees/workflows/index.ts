export * from "./update-fee-configuration"
