/**
 * The plugin's roles: payment roles, integration roles and refund roles (docs/api.md#roles).
 * Medusa's own RBAC is an enterprise feature, so the plugin carries these itself.
 */
export const STRIPE_CONNECT_ROLES = [
  "pos_staff",
  "payment_admin",
  "tenant_admin",
  "platform_admin",
  "system_admin",
  "super_admin",
  "integration_admin",
  "manager",
  "admin",
  "power_user",
] as const

export type StripeConnectRole = (typeof STRIPE_CONNECT_ROLES)[number]

export function isStripeConnectRole(value: unknown): value is StripeConnectRole {
  return typeof value === "string" && (STRIPE_CONNECT_ROLES as readonly string[]).includes(value)
}
