export * from "./steps/record-audit-entry"
export * from "./workflows/record-audit-entry"
