export * from "./upsert-role-assignment"
export * from "./delete-role-assignment"
export * from "./validate-role-actor"
