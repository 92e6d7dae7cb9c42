export * from "./application-deauthorized"
