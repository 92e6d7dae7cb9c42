import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import grantSuperAdmin from "../../../src/scripts/grant-super-admin"
import { createAdminUser, createSecretApiKey, type TestAdmin } from "../../helpers/admin-users"

jest.setTimeout(300_000)

const MERCHANT_A = "merchant_a"
const MERCHANT_B = "merchant_b"

// This app runs with the options a single-operator store might write, and with role management opened to lower
// roles, so that the guards on granting are what refuses (the default policy leaves role management to
// super_admin). medusa-config.ts reads it when the runner loads the app, before the runner applies its `env`.
process.env.STRIPE_CONNECT_ROLES_OPTIONS = JSON.stringify({
  defaultRole: "super_admin",
  policy: {
    "post /admin/stripe-connect/roles": ["tenant_admin", "platform_admin", "super_admin"],
    "Delete /admin/stripe-connect/roles/:assignment_id": ["tenant_admin", "platform_admin", "super_admin"],
    "put /admin/stripe-connect/fees": ["super_admin"],
    "GET /admin/stripe-connect/accounts/acct_vip": ["super_admin"],
  },
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let superAdmin: TestAdmin
    let platformAdmin: TestAdmin
    let tenantOfA: TestAdmin
    let target: TestAdmin

    afterAll(() => {
      delete process.env.STRIPE_CONNECT_ROLES_OPTIONS
    })

    beforeAll(async () => {
      const container = getContainer()
      superAdmin = await createAdminUser(container, { roles: [{ role: "super_admin" }] })
      platformAdmin = await createAdminUser(container, { roles: [{ role: "platform_admin" }] })
      tenantOfA = await createAdminUser(container, { roles: [{ role: "tenant_admin", merchant_ids: [MERCHANT_A] }] })
      target = await createAdminUser(container, { roles: [{ role: "pos_staff" }] })
    })

    const service = () => getContainer().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const send = (method: string, url: string, headers: Record<string, string>, data?: unknown) =>
      api.request({ method, url, headers, data, validateStatus: () => true })
    const assign = (caller: TestAdmin, body: Record<string, unknown>) =>
      send("POST", "/admin/stripe-connect/roles", caller.headers, { actor_id: target.userId, ...body })
    const assignmentsOf = async (actorId: string) =>
      (await service().listRoleAssignments({ actor_id: actorId }, { take: null })).map((row) => ({
        id: row.id,
        role: row.role,
        merchant_ids: row.merchant_ids,
      }))
    /** Leaves exactly these actors as super_admins for every merchant (test set-up through the module). */
    const keepOnlySuperAdmins = async (actorIds: string[]) => {
      const all = await service().listRoleAssignments({ role: "super_admin", merchant_ids: null }, { take: null })
      const others = all.filter((row) => !actorIds.includes(row.actor_id)).map((row) => row.id)
      if (others.length) {
        await service().softDeleteRoleAssignments(others)
      }
    }

    describe("granting above one's own role", () => {
      it("should refuse a platform_admin giving super_admin, and a tenant_admin giving payment_admin", async () => {
        const superAdminGrant = await assign(platformAdmin, { role: "super_admin" })
        expect(superAdminGrant.status).toBe(403)
        expect(superAdminGrant.data).toEqual(
          expect.objectContaining({ type: "forbidden", code: "forbidden", param: "role" })
        )

        const paymentAdminGrant = await assign(tenantOfA, { role: "payment_admin", merchant_ids: [MERCHANT_A] })
        expect(paymentAdminGrant.status).toBe(403)
        expect(paymentAdminGrant.data.param).toBe("role")

        expect(await assignmentsOf(target.userId)).toEqual([expect.objectContaining({ role: "pos_staff" })])
      })

      it("should let a tenant_admin give pos_staff for its own merchant only", async () => {
        const cashier = await createAdminUser(getContainer(), { roles: [] })
        const forA = await assign(tenantOfA, { actor_id: cashier.userId, role: "pos_staff", merchant_ids: [MERCHANT_A] })
        expect(forA.status).toBe(200)
        const forB = await assign(tenantOfA, { actor_id: cashier.userId, role: "pos_staff", merchant_ids: [MERCHANT_B] })
        expect(forB.status).toBe(403)
        expect(forB.data.param).toBe("merchant_ids")
        expect(await assignmentsOf(cashier.userId)).toEqual([
          expect.objectContaining({ role: "pos_staff", merchant_ids: [MERCHANT_A] }),
        ])
      })

      it("should refuse a limited caller narrowing a role given for every merchant (it did not give it)", async () => {
        // target holds pos_staff for every merchant; giving it again for A would take the others away.
        const narrow = await assign(tenantOfA, { role: "pos_staff", merchant_ids: [MERCHANT_A] })
        expect(narrow.status).toBe(403)
        expect(narrow.data.param).toBe("merchant_ids")
        expect(await assignmentsOf(target.userId)).toEqual([
          expect.objectContaining({ role: "pos_staff", merchant_ids: null }),
        ])
      })

      it("should refuse a platform_admin revoking a super_admin", async () => {
        const [grant] = (await assignmentsOf(superAdmin.userId)).filter((row) => row.role === "super_admin")
        const response = await send("DELETE", `/admin/stripe-connect/roles/${grant.id}`, platformAdmin.headers)
        expect(response.status).toBe(403)
        expect(response.data.param).toBe("role")
        expect(await assignmentsOf(superAdmin.userId)).toEqual([expect.objectContaining({ role: "super_admin" })])
      })

      it("should check a role against the policy in force: PUT /fees is super_admin's here", async () => {
        const response = await send("PUT", "/admin/stripe-connect/fees", platformAdmin.headers, {})
        expect(response.status).toBe(403)
        expect(response.data.message).toContain("super_admin")
      })

      it("should take the more specific override for one account and the default for the others", async () => {
        const vip = await send("GET", "/admin/stripe-connect/accounts/acct_vip", platformAdmin.headers)
        expect(vip.status).toBe(403)
        const other = await send("GET", "/admin/stripe-connect/accounts/acct_other", platformAdmin.headers)
        expect(other.status).toBe(404)
        expect(other.data.code).toBe("account_not_found")
      })
    })

    describe("the last super_admin", () => {
      it("should refuse to revoke or limit the last super_admin for every merchant (409 conflict)", async () => {
        await keepOnlySuperAdmins([superAdmin.userId])
        const [last] = await assignmentsOf(superAdmin.userId)

        await expect(service().changeRoleAssignmentKeepingASuperAdmin(last.id, { revoke: true })).rejects.toEqual(
          expect.objectContaining({ status: 409, errorCode: "conflict" })
        )
        await expect(
          service().changeRoleAssignmentKeepingASuperAdmin(last.id, { merchant_ids: [MERCHANT_A], granted_by: null })
        ).rejects.toEqual(expect.objectContaining({ status: 409 }))
        expect(await assignmentsOf(superAdmin.userId)).toEqual([
          expect.objectContaining({ role: "super_admin", merchant_ids: null }),
        ])
      })

      it("should let a super_admin limit the only other one while it stays the one for every merchant", async () => {
        const other = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
        await keepOnlySuperAdmins([superAdmin.userId, other.userId])

        const limitOther = await send("POST", "/admin/stripe-connect/roles", superAdmin.headers, {
          actor_id: other.userId,
          role: "super_admin",
          merchant_ids: [MERCHANT_A],
        })
        expect(limitOther.status).toBe(200)

        // Now superAdmin is the last one for every merchant; the limited one cannot take it away (scope), and
        // nobody else holds super_admin for every merchant.
        const [last] = await assignmentsOf(superAdmin.userId)
        const revoke = await send("DELETE", `/admin/stripe-connect/roles/${last.id}`, other.headers)
        expect(revoke.status).toBe(403)
        expect(await assignmentsOf(superAdmin.userId)).toHaveLength(1)
      })

      it("should let only one of two concurrent revokes of the last two super_admins succeed", async () => {
        for (let round = 0; round < 5; round++) {
          const first = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
          const second = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
          await keepOnlySuperAdmins([first.userId, second.userId])
          const [firstGrant] = await assignmentsOf(first.userId)
          const [secondGrant] = await assignmentsOf(second.userId)

          const outcomes = await Promise.allSettled([
            service().changeRoleAssignmentKeepingASuperAdmin(firstGrant.id, { revoke: true }),
            service().changeRoleAssignmentKeepingASuperAdmin(secondGrant.id, { revoke: true }),
          ])
          expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"])
          const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult
          expect(refused.reason).toEqual(expect.objectContaining({ status: 409, errorCode: "conflict" }))
          const left = await service().listRoleAssignments({ role: "super_admin", merchant_ids: null }, { take: null })
          expect(left).toHaveLength(1)
        }
      })

      it("should let only one of two super_admins revoking each other over HTTP at once succeed", async () => {
        const first = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
        const second = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
        await keepOnlySuperAdmins([first.userId, second.userId])
        const [firstGrant] = await assignmentsOf(first.userId)
        const [secondGrant] = await assignmentsOf(second.userId)

        const responses = await Promise.all([
          send("DELETE", `/admin/stripe-connect/roles/${secondGrant.id}`, first.headers),
          send("DELETE", `/admin/stripe-connect/roles/${firstGrant.id}`, second.headers),
        ])
        const statuses = responses.map((response) => response.status).sort()
        // The loser is refused by the lock (409) or, when the winner committed first, by its lost role (403).
        expect(statuses[0]).toBe(200)
        expect([403, 409]).toContain(statuses[1])
        const left = await service().listRoleAssignments({ role: "super_admin", merchant_ids: null }, { take: null })
        expect(left).toHaveLength(1)
      })
    })

    describe("the grant-super-admin script", () => {
      it("should make an existing admin user a super_admin for every merchant, once", async () => {
        const email = `first-admin-${Date.now()}@example.com`
        const admin = await createAdminUser(getContainer(), { email, roles: [] })
        await grantSuperAdmin({ container: getContainer(), args: [email] })
        await grantSuperAdmin({ container: getContainer(), args: [email] })
        expect(await assignmentsOf(admin.userId)).toEqual([
          expect.objectContaining({ role: "super_admin", merchant_ids: null }),
        ])
      })

      it("should name an email that belongs to no admin user, and grant nothing", async () => {
        const before = await service().listRoleAssignments({}, { take: null })
        await expect(grantSuperAdmin({ container: getContainer(), args: ["nobody@example.com"] })).rejects.toThrow(
          "nobody@example.com"
        )
        expect(await service().listRoleAssignments({}, { take: null })).toHaveLength(before.length)
      })
    })

    describe("roles.defaultRole (opted in here)", () => {
      it("should give an admin user who never held a role the default role", async () => {
        const fresh = await createAdminUser(getContainer(), { roles: [] })
        const me = await send("GET", "/admin/stripe-connect/me", fresh.headers)
        expect(me.data.roles).toEqual(["super_admin"])
      })

      it("should never fall back to the default role once the last grant is revoked", async () => {
        const [grant] = await assignmentsOf(target.userId)
        const revoke = await send("DELETE", `/admin/stripe-connect/roles/${grant.id}`, superAdmin.headers)
        expect(revoke.status).toBe(200)

        const me = await send("GET", "/admin/stripe-connect/me", target.headers)
        expect(me.data.roles).toEqual([])
        const fees = await send("GET", "/admin/stripe-connect/fees", target.headers)
        expect(fees.status).toBe(403)
        expect(fees.data.code).toBe("forbidden")
      })

      it("should never give the default role to a secret API key", async () => {
        const key = await createSecretApiKey(getContainer())
        const fees = await send("PUT", "/admin/stripe-connect/fees", key.headers, { application_fee_percent: 0 })
        expect(fees.status).toBe(403)
        expect(fees.data.code).toBe("forbidden")
      })
    })
  },
})
