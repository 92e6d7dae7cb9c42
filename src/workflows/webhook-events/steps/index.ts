export * from "./register-account-webhook-endpoint"
export * from "./delete-account-webhook-endpoint"
