export * from "./map-dispute-status"
export * from "./evidence-fields"
export * from "./dispute-write-guard"
