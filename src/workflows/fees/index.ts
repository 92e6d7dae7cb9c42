export * from "./steps"
export * from "./workflows"
export * from "./utils/fee-configuration-scope"
