export * from "./currency-units"
export * from "./minor-units"
