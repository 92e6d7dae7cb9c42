export * from "./steps"
export * from "./workflows"
export * from "./utils/fee-configuration-scope"
export * from "./utils/decide-application-fee"
