import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_ACCESS_POLICY } from "../../../src/api/utils/access/policy"
import { STRIPE_CONNECT_ROLES, type StripeConnectRole } from "../../../src/types/roles"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"

jest.setTimeout(180_000)

/** Fills `:params` with ids that exist nowhere: the access check runs before any lookup. */
function concretePath(pattern: string): string {
  return pattern.replace(/:([a-z_]+)/g, (_, name: string) => `${name}_policy_test`)
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
      it("should answer every route for every role as the table says", async () => {
        const mismatches: string[] = []
        for (const route of routes) {
          for (const role of STRIPE_CONNECT_ROLES) {
            const response = await send(route.method, route.path, admins[role].headers)
            const allowed = route.rule === "authenticated" || route.rule.includes(role)
            if (allowed && (response.status === 401 || response.status === 403)) {
              mismatches.push(`${route.key} as ${role}: expected allowed, got ${response.status}`)
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

      it("should give a user without any assignment the default role", async () => {
        const plain = await createAdminUser(getContainer())
        const response = await send("GET", "/admin/stripe-connect/me", plain.headers)
        expect(response.data.roles).toEqual(["super_admin"])
      })
    })
  },
})
