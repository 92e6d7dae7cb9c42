export * from "./assign-stripe-connect-role"
export * from "./revoke-stripe-connect-role"
