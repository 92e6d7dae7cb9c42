import { MedusaError } from "@medusajs/framework/utils"
import type { StripeConnectRole } from "../../../types/roles"
import type { StripeConnectAdminRoute } from "../../../types/admin-routes"
import { parseRouteKey, type RouteKey } from "../../../shared/route-key"

/**
 * Who may call which admin route. One table for the whole plugin: the key is "METHOD /path" with Express-style
 * `:params`; the value lists the roles allowed, or "authenticated" for any admin with a Medusa session, bearer
 * token or secret API key. A route missing from the table is refused. Every route of STRIPE_CONNECT_ADMIN_ROUTES has
 * an entry. Hosts override entries through the plugin option `roles.policy`.
 *
 * The Stripe Connect API is open to pos_staff, payment_admin, tenant_admin, platform_admin, system_admin and
 * super_admin; integrations to integration_admin and manager, invoice refunds to admin and power_user
 * (docs/api.md#roles). Within that, money-moving and configuration actions are narrowed to the roles that own them.
 */
export type AccessRule = readonly StripeConnectRole[] | "authenticated"

const ADMINS = ["platform_admin", "system_admin", "super_admin"] as const
const PAYMENT_STAFF = ["pos_staff", "payment_admin", "tenant_admin", ...ADMINS] as const
const PAYMENT_ADMINS = ["payment_admin", "tenant_admin", ...ADMINS] as const
const MERCHANT_ADMINS = ["tenant_admin", ...ADMINS] as const
const INTEGRATION_STAFF = ["integration_admin", "manager", ...ADMINS] as const
const INVOICE_STAFF = [
  "integration_admin",
  "manager",
  "payment_admin",
  "tenant_admin",
  "admin",
  "power_user",
  ...ADMINS,
] as const
const INVOICE_REFUNDERS = ["admin", "power_user", "payment_admin", ...ADMINS] as const
const PAYLOAD_READERS = ["integration_admin", ...ADMINS] as const

export const STRIPE_CONNECT_ROUTE_PREFIX = "/admin/stripe-connect"

export const DEFAULT_ACCESS_POLICY: Readonly<Record<StripeConnectAdminRoute, AccessRule>> = {
  "GET /admin/stripe-connect/me": "authenticated",

  "GET /admin/stripe-connect/roles": ["super_admin"],
  "POST /admin/stripe-connect/roles": ["super_admin"],
  "DELETE /admin/stripe-connect/roles/:id": ["super_admin"],

  "GET /admin/stripe-connect/accounts": PAYMENT_STAFF,
  "POST /admin/stripe-connect/accounts": MERCHANT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id": PAYMENT_STAFF,
  "POST /admin/stripe-connect/accounts/:account_id/onboarding-link": MERCHANT_ADMINS,
  "POST /admin/stripe-connect/accounts/:account_id/dashboard-link": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/accounts/:account_id/sales-channels": MERCHANT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id/products": PAYMENT_STAFF,
  "POST /admin/stripe-connect/accounts/:account_id/products": MERCHANT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id/seller-transfers": PAYMENT_STAFF,
  "GET /admin/stripe-connect/products/:product_id/seller": PAYMENT_STAFF,
  "POST /admin/stripe-connect/products/:product_id/seller": MERCHANT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id/balance": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id/payouts": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/accounts/:account_id/payouts": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/accounts/:account_id/payouts/schedule": PAYMENT_ADMINS,
  "PUT /admin/stripe-connect/accounts/:account_id/payouts/schedule": MERCHANT_ADMINS,
  "POST /admin/stripe-connect/accounts/:account_id/payouts/schedule": MERCHANT_ADMINS,

  "GET /admin/stripe-connect/payments": PAYMENT_STAFF,
  "POST /admin/stripe-connect/payments": PAYMENT_STAFF,
  "GET /admin/stripe-connect/payments/:id": PAYMENT_STAFF,
  "POST /admin/stripe-connect/payments/:payment_intent_id/capture": PAYMENT_STAFF,
  "POST /admin/stripe-connect/payments/:payment_intent_id/refund": PAYMENT_ADMINS,

  "GET /admin/stripe-connect/transfers": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/transfers": ["payment_admin", ...ADMINS],
  "POST /admin/stripe-connect/transfers/:transfer_id/reverse": ["payment_admin", ...ADMINS],

  "GET /admin/stripe-connect/fees": PAYMENT_ADMINS,
  "PUT /admin/stripe-connect/fees": ADMINS,
  "POST /admin/stripe-connect/fees": ADMINS,
  "GET /admin/stripe-connect/fees/history": ADMINS,
  "POST /admin/stripe-connect/fees/preview": PAYMENT_ADMINS,

  "GET /admin/stripe-connect/balance": ["payment_admin", ...ADMINS],
  "GET /admin/stripe-connect/balance-transactions": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/balance-transactions/sync": ADMINS,
  "GET /admin/stripe-connect/reconciliation/payouts": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/reconciliation/payouts/:payout_id/lines": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/reconciliation/mismatches": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/reconciliation/mismatches/:id": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/reconciliation/export.csv": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/reconciliation/daily-totals": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/overview": PAYMENT_ADMINS,

  "GET /admin/stripe-connect/disputes": PAYMENT_ADMINS,
  "POST /admin/stripe-connect/disputes/:dispute_id/evidence": PAYMENT_ADMINS,

  "GET /admin/stripe-connect/integrations": INTEGRATION_STAFF,
  "POST /admin/stripe-connect/integrations": INTEGRATION_STAFF,
  "GET /admin/stripe-connect/integrations/:id": INTEGRATION_STAFF,
  "POST /admin/stripe-connect/integrations/:id/authorize": INTEGRATION_STAFF,
  "POST /admin/stripe-connect/integrations/:id/disconnect": INTEGRATION_STAFF,
  "GET /admin/stripe-connect/integrations/:id/invoices": INVOICE_STAFF,

  "POST /admin/stripe-connect/invoices": INVOICE_STAFF,
  "GET /admin/stripe-connect/invoices/:id": INVOICE_STAFF,
  "GET /admin/stripe-connect/invoices/:id/activity": INVOICE_STAFF,
  "POST /admin/stripe-connect/invoices/:id/void": INVOICE_STAFF,
  "POST /admin/stripe-connect/invoices/:id/refund": INVOICE_REFUNDERS,
  "GET /admin/orders/:id/stripe-invoices": INVOICE_STAFF,

  "POST /admin/stripe-connect/pay-links": INVOICE_STAFF,
  "GET /admin/orders/:id/stripe-pay-links": INVOICE_STAFF,
  "GET /admin/orders/:id/stripe-payments": PAYMENT_STAFF,
  "GET /admin/orders/:id/stripe-money-trail": PAYMENT_ADMINS,
  "GET /admin/stripe-connect/orders/:order_id/sellers": PAYMENT_STAFF,
  "POST /admin/stripe-connect/orders/:order_id/sellers/:account_id/refund": PAYMENT_ADMINS,

  "GET /admin/stripe-connect/health": INTEGRATION_STAFF,
  "GET /admin/stripe-connect/webhook-events": INTEGRATION_STAFF,
  "GET /admin/stripe-connect/webhook-events/:id": INTEGRATION_STAFF,
  "POST /admin/stripe-connect/webhook-events/:id/replay": INTEGRATION_STAFF,
  "POST /admin/stripe-connect/webhook-events/recover": ADMINS,

  "GET /admin/stripe-connect/audit-entries": PAYMENT_ADMINS,
}

/**
 * Actions that are not routes of their own but change what a route does: reading a stored webhook payload
 * (`include_payload=1`) needs one of these roles; setting a payment's `application_fee_amount` instead of the
 * configured fee needs one of the roles that may change the fee configuration, granted for every merchant.
 */
export const DEFAULT_CAPABILITY_POLICY = {
  read_webhook_payload: PAYLOAD_READERS,
  override_application_fee: ADMINS,
} as const satisfies Record<string, readonly StripeConnectRole[]>

export type StripeConnectCapability = keyof typeof DEFAULT_CAPABILITY_POLICY

/** One entry of the policy in force: its key (as the default table writes it when an override replaces one). */
export type AccessPolicyEntry = { key: string; route: RouteKey; rule: AccessRule; source: "default" | "option" }

const resolved = new WeakMap<object, AccessPolicyEntry[]>()

/**
 * The default table with the host's overrides applied: an override replaces the entry of the same shape (whatever
 * its parameters are called) and keeps that entry's key; another override is an entry of its own, which wins where
 * it is more specific (see `matchAccessRule`). The overrides come checked from the options (`roles.policy`).
 */
export function resolveAccessPolicy(overrides: Record<string, readonly StripeConnectRole[]> = {}): AccessPolicyEntry[] {
  const cached = resolved.get(overrides)
  if (cached) {
    return cached
  }
  const byShape = new Map<string, AccessPolicyEntry>()
  for (const [key, rule] of Object.entries(DEFAULT_ACCESS_POLICY)) {
    const route = parsePolicyKey(key)
    byShape.set(route.shape, { key, route, rule, source: "default" })
  }
  for (const [key, rule] of Object.entries(overrides)) {
    const route = parsePolicyKey(key)
    const replaced = byShape.get(route.shape)
    byShape.set(route.shape, { key: replaced?.key ?? route.key, route, rule, source: "option" })
  }
  const entries = [...byShape.values()]
  resolved.set(overrides, entries)
  return entries
}

function parsePolicyKey(key: string): RouteKey {
  const parsed = parseRouteKey(key)
  if (!parsed.ok) {
    // The options and the default table are checked before they get here; a bad key is a bug, not input.
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `access policy key "${key}" ${parsed.reason}`)
  }
  return parsed.route
}
