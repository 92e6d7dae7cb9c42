export * from "./roles"
