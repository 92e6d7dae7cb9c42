export * from "./guarded-update"
export * from "./status-order"
export * from "./tables"
