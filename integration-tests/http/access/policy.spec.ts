import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_ACCESS_POLICY } from "../../../src/api/utils/access/policy"
import { STRIPE_CONNECT_ROLES, type StripeConnectRole } from "../../../src/types/roles"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"

jest.setTimeout(180_000)

/** Fills `:params` with ids that exist nowhere: the access check runs before any lookup. */
function concretePath(pattern: string): string {
  return pattern.replace(/:([a-z_]+)/g, (_, name: string) => `${name}_policy_test`)
}

/**
 * What each route answers an allowed caller who sends an empty body and ids that exist nowhere: lists answer 200,
 * writes refuse the missing fields (400 naming them), lookups answer 404. Anything else (a 500 above all) means the
 * route broke past the access check.
 */
const ALLOWED_ANSWER: Record<string, { status: number; code: string | null }> = {
  "GET /admin/stripe-connect/me": { status: 200, code: null },
  "GET /admin/stripe-connect/roles": { status: 200, code: null },
  "POST /admin/stripe-connect/roles": { status: 400, code: "invalid_request" },
  "DELETE /admin/stripe-connect/roles/:id": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/accounts": { status: 200, code: null },
  "POST /admin/stripe-connect/accounts": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/accounts/:account_id": { status: 404, code: "account_not_found" },
  "POST /admin/stripe-connect/accounts/:account_id/onboarding-link": { status: 404, code: "account_not_found" },
  "POST /admin/stripe-connect/accounts/:account_id/dashboard-link": { status: 404, code: "account_not_found" },
  "POST /admin/stripe-connect/accounts/:account_id/sales-channels": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/accounts/:account_id/products": { status: 404, code: "account_not_found" },
  "POST /admin/stripe-connect/accounts/:account_id/products": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/accounts/:account_id/seller-transfers": { status: 404, code: "account_not_found" },
  "GET /admin/stripe-connect/products/:product_id/seller": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/products/:product_id/seller": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/accounts/:account_id/balance": { status: 404, code: "account_not_found" },
  "GET /admin/stripe-connect/accounts/:account_id/payouts": { status: 404, code: "account_not_found" },
  "POST /admin/stripe-connect/accounts/:account_id/payouts": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/accounts/:account_id/payouts/schedule": { status: 404, code: "account_not_found" },
  "PUT /admin/stripe-connect/accounts/:account_id/payouts/schedule": { status: 400, code: "invalid_request" },
  "POST /admin/stripe-connect/accounts/:account_id/payouts/schedule": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/payments": { status: 200, code: null },
  "POST /admin/stripe-connect/payments": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/payments/:id": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/payments/:payment_intent_id/capture": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/payments/:payment_intent_id/refund": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/transfers": { status: 200, code: null },
  "POST /admin/stripe-connect/transfers": { status: 400, code: "invalid_request" },
  "POST /admin/stripe-connect/transfers/:transfer_id/reverse": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/fees": { status: 200, code: null },
  "PUT /admin/stripe-connect/fees": { status: 400, code: "invalid_request" },
  "POST /admin/stripe-connect/fees": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/fees/history": { status: 200, code: null },
  "POST /admin/stripe-connect/fees/preview": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/balance": { status: 200, code: null },
  "GET /admin/stripe-connect/balance-transactions": { status: 200, code: null },
  "POST /admin/stripe-connect/balance-transactions/sync": { status: 200, code: null },
  "GET /admin/stripe-connect/reconciliation/payouts": { status: 200, code: null },
  "GET /admin/stripe-connect/reconciliation/payouts/:payout_id/lines": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/reconciliation/mismatches": { status: 200, code: null },
  "POST /admin/stripe-connect/reconciliation/mismatches/:id": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/reconciliation/export.csv": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/reconciliation/daily-totals": { status: 200, code: null },
  "GET /admin/stripe-connect/overview": { status: 200, code: null },
  "GET /admin/stripe-connect/disputes": { status: 200, code: null },
  "POST /admin/stripe-connect/disputes/:dispute_id/evidence": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/integrations": { status: 200, code: null },
  "POST /admin/stripe-connect/integrations": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/integrations/:id": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/integrations/:id/authorize": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/integrations/:id/disconnect": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/integrations/:id/invoices": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/invoices": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/invoices/:id": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/invoices/:id/activity": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/invoices/:id/void": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/invoices/:id/refund": { status: 404, code: "not_found" },
  "GET /admin/orders/:id/stripe-invoices": { status: 200, code: null },
  "POST /admin/stripe-connect/pay-links": { status: 400, code: "invalid_request" },
  "GET /admin/orders/:id/stripe-pay-links": { status: 200, code: null },
  "GET /admin/orders/:id/stripe-payments": { status: 200, code: null },
  "GET /admin/orders/:id/stripe-money-trail": { status: 404, code: "not_found" },
  "GET /admin/stripe-connect/orders/:order_id/sellers": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/orders/:order_id/sellers/:account_id/refund": { status: 400, code: "invalid_request" },
  "GET /admin/stripe-connect/health": { status: 200, code: null },
  "GET /admin/stripe-connect/audit-entries": { status: 200, code: null },
  "GET /admin/stripe-connect/webhook-events": { status: 200, code: null },
  "GET /admin/stripe-connect/webhook-events/:id": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/webhook-events/:id/replay": { status: 404, code: "not_found" },
  "POST /admin/stripe-connect/webhook-events/recover": { status: 200, code: null },
}

const routes = Object.entries(DEFAULT_ACCESS_POLICY).map(([key, rule]) => {
  const [method, pattern] = key.split(" ")
  return { key, method, path: concretePath(pattern), rule }
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const admins = {} as Record<StripeConnectRole, TestAdmin>

    beforeAll(async () => {
      for (const role of STRIPE_CONNECT_ROLES) {
        admins[role] = await createAdminUser(getContainer(), { roles: [{ role }] })
      }
    })

    const send = (method: string, path: string, headers: Record<string, string> = {}) =>
      api.request({ method, url: path, headers, data: method === "GET" ? undefined : {}, validateStatus: () => true })

    describe("the policy table", () => {
      it("should know the answer of every route in the table to an allowed caller", () => {
        expect(Object.keys(ALLOWED_ANSWER).sort()).toEqual(Object.keys(DEFAULT_ACCESS_POLICY).sort())
      })

      it("should answer every route for every role as the table says", async () => {
        const mismatches: string[] = []
        for (const route of routes) {
          for (const role of STRIPE_CONNECT_ROLES) {
            const response = await send(route.method, route.path, admins[role].headers)
            const allowed = route.rule === "authenticated" || route.rule.includes(role)
            const expected = ALLOWED_ANSWER[route.key]
            if (allowed && (response.status !== expected.status || (response.data?.code ?? null) !== expected.code)) {
              mismatches.push(`${route.key} as ${role}: expected ${expected.status} ${expected.code}, got ${response.status} ${response.data?.code}`)
            }
            if (!allowed && (response.status !== 403 || response.data?.code !== "forbidden")) {
              mismatches.push(`${route.key} as ${role}: expected 403 forbidden, got ${response.status} ${response.data?.code}`)
            }
          }
        }
        expect(mismatches).toEqual([])
      })

      it("should answer 401 on every route without a session, token or API key", async () => {
        const statuses = new Set<number>()
        for (const route of routes) {
          statuses.add((await send(route.method, route.path)).status)
        }
        expect([...statuses]).toEqual([401])
      })

      it("should refuse a route under /admin/stripe-connect that the table does not list", async () => {
        const response = await send("GET", "/admin/stripe-connect/not-in-the-table", admins.super_admin.headers)
        expect(response.status).toBe(403)
        expect(response.data).toEqual(expect.objectContaining({ code: "forbidden", type: "forbidden" }))
      })

      it("should name the required roles in the 403 message", async () => {
        const response = await send("PUT", "/admin/stripe-connect/fees", admins.pos_staff.headers)
        expect(response.status).toBe(403)
        expect(response.data.message).toContain("platform_admin")
      })
    })

    describe("GET /admin/stripe-connect/me", () => {
      it("should list the caller's roles and the routes they allow", async () => {
        const response = await send("GET", "/admin/stripe-connect/me", admins.pos_staff.headers)
        expect(response.status).toBe(200)
        expect(response.data).toEqual(
          expect.objectContaining({ actor_id: admins.pos_staff.userId, roles: ["pos_staff"], merchant_ids: null })
        )
        expect(response.data.permissions).toContain("POST /admin/stripe-connect/payments")
        expect(response.data.permissions).not.toContain("PUT /admin/stripe-connect/fees")
      })

      it("should give a user without any assignment no role (roles.defaultRole is null by default)", async () => {
        const plain = await createAdminUser(getContainer(), { roles: [] })
        const response = await send("GET", "/admin/stripe-connect/me", plain.headers)
        expect(response.data).toEqual(expect.objectContaining({ roles: [], merchant_ids: [], permissions: ["GET /admin/stripe-connect/me"] }))
      })
    })
  },
})
