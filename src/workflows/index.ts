export * from "./roles"
export * from "./accounts"
export * from "./integrations"
export * from "./webhook-events"
