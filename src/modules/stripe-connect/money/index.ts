export * from "./minor-units"
