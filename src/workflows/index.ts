export * from "./roles"
export * from "./accounts"
export * from "./integrations"
