import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEFAULT_ACCESS_POLICY } from "../../../src/api/utils/access/policy"
import { STRIPE_CONNECT_ADMIN_ROUTES, type StripeConnectAdminRoute } from "../../../src/types/admin-routes"
import type { StripeConnectRole } from "../../../src/types/roles"
import {
  createAdminUser,
  createCustomerHeaders,
  createSecretApiKey,
  type TestAdmin,
} from "../../helpers/admin-users"

jest.setTimeout(300_000)

const MERCHANT_A = "merchant_a"
const MERCHANT_B = "merchant_b"

type Grant = { role: StripeConnectRole; merchant_ids?: string[] | null }

/**
 * The actors of the matrix. `grants` is what the actor holds (null: it is not an admin at all, so Medusa answers
 * 401 before the plugin runs).
 */
type Actor = {
  name: string
  kind: "user" | "api-key" | "customer" | "anonymous" | "revoked-user"
  grants: Grant[] | null
}

const ACTORS: Actor[] = [
  { name: "super_admin", kind: "user", grants: [{ role: "super_admin" }] },
  { name: "platform_admin", kind: "user", grants: [{ role: "platform_admin" }] },
  { name: "system_admin", kind: "user", grants: [{ role: "system_admin" }] },
  { name: "tenant_admin of A", kind: "user", grants: [{ role: "tenant_admin", merchant_ids: [MERCHANT_A] }] },
  { name: "payment_admin of A", kind: "user", grants: [{ role: "payment_admin", merchant_ids: [MERCHANT_A] }] },
  { name: "pos_staff", kind: "user", grants: [{ role: "pos_staff" }] },
  { name: "integration_admin", kind: "user", grants: [{ role: "integration_admin" }] },
  { name: "manager", kind: "user", grants: [{ role: "manager" }] },
  { name: "power_user", kind: "user", grants: [{ role: "power_user" }] },
  { name: "user without a grant", kind: "user", grants: [] },
  { name: "user whose grant was revoked", kind: "revoked-user", grants: [] },
  { name: "secret API key without a grant", kind: "api-key", grants: [] },
  { name: "secret API key with pos_staff", kind: "api-key", grants: [{ role: "pos_staff" }] },
  { name: "store customer", kind: "customer", grants: null },
  { name: "no credentials", kind: "anonymous", grants: null },
]

/** Routes refused (403) to any caller limited to some merchants, whatever its role (docs/api.md#merchant-scope). */
const REFUSED_TO_LIMITED_CALLERS = new Set<StripeConnectAdminRoute>(["GET /admin/stripe-connect/balance"])

type Expected = "allowed" | "forbidden" | "unauthenticated"

/** What the policy table says about one actor on one route, read straight from the table. */
function expectedAnswer(actor: Actor, key: StripeConnectAdminRoute): Expected {
  if (actor.grants === null) {
    return "unauthenticated"
  }
  const rule = DEFAULT_ACCESS_POLICY[key]
  if (rule === "authenticated") {
    return "allowed"
  }
  const permitting = actor.grants.filter((grant) => rule.includes(grant.role))
  if (!permitting.length) {
    return "forbidden"
  }
  const limited = permitting.every((grant) => grant.merchant_ids)
  return limited && REFUSED_TO_LIMITED_CALLERS.has(key) ? "forbidden" : "allowed"
}

/** Fills `:params` with ids that exist nowhere: the access check runs before any lookup. */
function concretePath(pattern: string): string {
  return pattern.replace(/:([a-z_]+)/g, (_, name: string) => `${name}_matrix`)
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const headersOf = new Map<string, Record<string, string>>()
    let superAdmin: TestAdmin
    let scopedSuperAdmin: TestAdmin
    let target: TestAdmin

    // Everything is made once here: the runner restores the database to what exists after this before each test.
    beforeAll(async () => {
      const container = getContainer()
      superAdmin = await createAdminUser(container, { roles: [{ role: "super_admin" }] })
      scopedSuperAdmin = await createAdminUser(container, { roles: [{ role: "super_admin", merchant_ids: [MERCHANT_A] }] })
      target = await createAdminUser(container, { roles: [] })
      for (const actor of ACTORS) {
        if (actor.kind === "user") {
          headersOf.set(actor.name, (await createAdminUser(container, { roles: actor.grants ?? [] })).headers)
        } else if (actor.kind === "api-key") {
          headersOf.set(actor.name, (await createSecretApiKey(container, { roles: actor.grants ?? [] })).headers)
        } else if (actor.kind === "customer") {
          headersOf.set(actor.name, await createCustomerHeaders(container))
        } else if (actor.kind === "revoked-user") {
          const revoked = await createAdminUser(container, { roles: [{ role: "pos_staff" }] })
          const list = await api.get(`/admin/stripe-connect/roles?actor_id=${revoked.userId}`, {
            headers: superAdmin.headers,
          })
          await api.delete(`/admin/stripe-connect/roles/${list.data.data[0].id}`, { headers: superAdmin.headers })
          headersOf.set(actor.name, revoked.headers)
        } else {
          headersOf.set(actor.name, {})
        }
      }
    })

    const send = (method: string, url: string, headers: Record<string, string>, data?: unknown) =>
      api.request({
        method,
        url,
        headers,
        data: method === "GET" ? undefined : (data ?? {}),
        validateStatus: () => true,
      })

    describe("the route × actor matrix", () => {
      it("should cover every admin route of the plugin", () => {
        expect(Object.keys(DEFAULT_ACCESS_POLICY).sort()).toEqual([...STRIPE_CONNECT_ADMIN_ROUTES].sort())
      })

      it(`should answer each of ${STRIPE_CONNECT_ADMIN_ROUTES.length} routes × ${ACTORS.length} actors as the policy says`, async () => {
        const mismatches: string[] = []
        let requests = 0
        for (const key of STRIPE_CONNECT_ADMIN_ROUTES) {
          const [method, pattern] = key.split(" ")
          for (const actor of ACTORS) {
            const response = await send(method, concretePath(pattern), headersOf.get(actor.name) ?? {})
            requests += 1
            const expected = expectedAnswer(actor, key)
            const got = `${response.status} ${response.data?.code ?? ""}`.trim()
            const fits =
              expected === "unauthenticated"
                ? response.status === 401
                : expected === "forbidden"
                  ? response.status === 403 &&
                    response.data?.code === "forbidden" &&
                    response.data?.type === "forbidden" &&
                    typeof response.data?.message === "string"
                  : ![401, 403, 500].includes(response.status)
            if (!fits) {
              mismatches.push(`${key} as ${actor.name}: expected ${expected}, got ${got}`)
            }
          }
        }
        expect(mismatches).toEqual([])
        expect(requests).toBe(STRIPE_CONNECT_ADMIN_ROUTES.length * ACTORS.length)
      })

      it("should show a caller without a grant no role and only the route open to everyone", async () => {
        for (const name of ["user without a grant", "user whose grant was revoked", "secret API key without a grant"]) {
          const response = await send("GET", "/admin/stripe-connect/me", headersOf.get(name) ?? {})
          expect(response.status).toBe(200)
          expect(response.data).toEqual(
            expect.objectContaining({ roles: [], merchant_ids: [], permissions: ["GET /admin/stripe-connect/me"] })
          )
        }
      })
    })

    describe("role escalation", () => {
      const assign = (caller: TestAdmin, body: Record<string, unknown>) =>
        send("POST", "/admin/stripe-connect/roles", caller.headers, { actor_id: target.userId, ...body })

      const rolesOf = async (actorId: string) =>
        (await send("GET", `/admin/stripe-connect/roles?actor_id=${actorId}`, superAdmin.headers)).data.data.map(
          (assignment: { role: string; merchant_ids: string[] | null }) => [assignment.role, assignment.merchant_ids]
        )

      it("should let a super_admin limited to merchant A give roles for A only", async () => {
        const forA = await assign(scopedSuperAdmin, { role: "payment_admin", merchant_ids: [MERCHANT_A] })
        expect(forA.status).toBe(200)

        const forB = await assign(scopedSuperAdmin, { role: "pos_staff", merchant_ids: [MERCHANT_B] })
        expect(forB.status).toBe(403)
        expect(forB.data).toEqual(expect.objectContaining({ code: "forbidden", param: "merchant_ids" }))

        const forEveryMerchant = await assign(scopedSuperAdmin, { role: "pos_staff", merchant_ids: null })
        expect(forEveryMerchant.status).toBe(403)
        expect(forEveryMerchant.data).toEqual(expect.objectContaining({ code: "forbidden", param: "merchant_ids" }))

        expect(await rolesOf(target.userId)).toEqual([["payment_admin", [MERCHANT_A]]])
      })

      it("should refuse a limited super_admin widening a role it did not give to other merchants", async () => {
        await send("POST", "/admin/stripe-connect/roles", superAdmin.headers, {
          actor_id: target.userId,
          role: "tenant_admin",
          merchant_ids: [MERCHANT_B],
        })
        const takeOver = await assign(scopedSuperAdmin, { role: "tenant_admin", merchant_ids: [MERCHANT_A] })
        expect(takeOver.status).toBe(403)
        expect(takeOver.data.param).toBe("merchant_ids")
      })

      it("should refuse a limited super_admin revoking a role outside its merchants", async () => {
        const tenant = (
          await send("POST", "/admin/stripe-connect/roles", superAdmin.headers, {
            actor_id: target.userId,
            role: "tenant_admin",
            merchant_ids: [MERCHANT_B],
          })
        ).data.role_assignment
        const response = await send("DELETE", `/admin/stripe-connect/roles/${tenant.id}`, scopedSuperAdmin.headers)
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("forbidden")
      })

      it("should list to a limited super_admin only the assignments within its merchants", async () => {
        await send("POST", "/admin/stripe-connect/roles", superAdmin.headers, {
          actor_id: target.userId,
          role: "tenant_admin",
          merchant_ids: [MERCHANT_B],
        })
        await assign(scopedSuperAdmin, { role: "pos_staff", merchant_ids: [MERCHANT_A] })
        const list = await send("GET", "/admin/stripe-connect/roles", scopedSuperAdmin.headers)
        expect(list.status).toBe(200)
        expect(list.data.data.length).toBeGreaterThan(0)
        expect(list.data.count).toBe(list.data.data.length)
        expect(
          list.data.data.filter((assignment: { merchant_ids: string[] | null }) =>
            (assignment.merchant_ids ?? [MERCHANT_B]).some((merchantId) => merchantId !== MERCHANT_A)
          )
        ).toEqual([])
      })

      it("should refuse anyone changing their own roles, and write nothing", async () => {
        const before = await rolesOf(scopedSuperAdmin.userId)
        const widen = await send("POST", "/admin/stripe-connect/roles", scopedSuperAdmin.headers, {
          actor_id: scopedSuperAdmin.userId,
          role: "super_admin",
          merchant_ids: null,
        })
        expect(widen.status).toBe(403)
        expect(widen.data).toEqual(expect.objectContaining({ code: "forbidden", param: "actor_id" }))

        const [own] = (await send("GET", `/admin/stripe-connect/roles?actor_id=${superAdmin.userId}`, superAdmin.headers))
          .data.data
        const revokeOwn = await send("DELETE", `/admin/stripe-connect/roles/${own.id}`, superAdmin.headers)
        expect(revokeOwn.status).toBe(403)
        expect(await rolesOf(scopedSuperAdmin.userId)).toEqual(before)
        expect(await rolesOf(superAdmin.userId)).toEqual([["super_admin", null]])
      })

      it("should refuse every role change to roles below super_admin (the default policy)", async () => {
        for (const role of ["platform_admin", "system_admin", "tenant_admin", "payment_admin"] as const) {
          const caller = await createAdminUser(getContainer(), { roles: [{ role }] })
          const response = await send("POST", "/admin/stripe-connect/roles", caller.headers, {
            actor_id: target.userId,
            role: "pos_staff",
          })
          expect(response.status).toBe(403)
          expect(response.data.code).toBe("forbidden")
        }
      })
    })
  },
})
