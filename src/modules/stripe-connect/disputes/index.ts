export * from "./map-dispute-status"
export * from "./evidence-fields"
