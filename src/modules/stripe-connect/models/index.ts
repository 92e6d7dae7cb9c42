export { default as RoleAssignment } from "./role-assignment"
export { default as ConnectedAccount } from "./connected-account"
export { default as StripeIntegration } from "./integration"
export { default as OAuthState } from "./oauth-state"
