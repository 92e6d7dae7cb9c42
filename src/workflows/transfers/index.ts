export * from "./steps"
export * from "./workflows"
export * from "./utils/to-transfer-document"
export * from "./handlers"
