export * from "./types"
export * from "./account-updated"
export * from "./capability-updated"
