export * from "./steps"
export * from "./workflows"
export * from "./handlers"
export * from "./utils/stored-dispute"
