export * from "./workflows/recover-money-intent"
