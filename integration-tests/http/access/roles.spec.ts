import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let superAdmin: TestAdmin
    let staff: TestAdmin

    beforeEach(async () => {
      superAdmin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      staff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff" }] })
    })

    const as = (admin: TestAdmin) => ({ headers: admin.headers, validateStatus: () => true })

    describe("POST /admin/stripe-connect/roles", () => {
      it("should give a role limited to merchants and change the caller's access", async () => {
        const response = await api.post(
          "/admin/stripe-connect/roles",
          { actor_id: staff.userId, role: "payment_admin", merchant_ids: ["merchant_a"] },
          as(superAdmin)
        )
        expect(response.status).toBe(200)
        expect(response.data.role_assignment).toEqual(
          expect.objectContaining({
            actor_id: staff.userId,
            role: "payment_admin",
            merchant_ids: ["merchant_a"],
            granted_by: superAdmin.userId,
          })
        )

        const me = await api.get("/admin/stripe-connect/me", as(staff))
        expect(me.data.roles.sort()).toEqual(["payment_admin", "pos_staff"])
        expect(me.data.merchant_ids).toBeNull()
        expect(me.data.permissions).toContain("POST /admin/stripe-connect/payments/:payment_intent_id/refund")
      })

      it("should tell a super_admin limited to merchants that it may not set a payment's fee, and an unlimited one that it may", async () => {
        const limited = await createAdminUser(getContainer(), { roles: [{ role: "super_admin", merchant_ids: ["merchant_a"] }] })
        const limitedMe = await api.get("/admin/stripe-connect/me", as(limited))
        expect(limitedMe.data.capabilities).toEqual(["read_webhook_payload"])
        const unlimitedMe = await api.get("/admin/stripe-connect/me", as(superAdmin))
        expect(unlimitedMe.data.capabilities).toEqual(["read_webhook_payload", "override_application_fee"])
        const staffMe = await api.get("/admin/stripe-connect/me", as(staff))
        expect(staffMe.data.capabilities).toEqual([])
      })

      it("should replace the merchant scope when the role is given again", async () => {
        const body = { actor_id: staff.userId, role: "tenant_admin", merchant_ids: ["merchant_a"] }
        await api.post("/admin/stripe-connect/roles", body, as(superAdmin))
        await api.post("/admin/stripe-connect/roles", { ...body, merchant_ids: ["merchant_b"] }, as(superAdmin))

        const list = await api.get(`/admin/stripe-connect/roles?actor_id=${staff.userId}&role=tenant_admin`, as(superAdmin))
        expect(list.data.count).toBe(1)
        expect(list.data.data[0].merchant_ids).toEqual(["merchant_b"])
      })

      it("should answer 400 naming the field for an unknown role, and write nothing", async () => {
        const response = await api.post(
          "/admin/stripe-connect/roles",
          { actor_id: staff.userId, role: "owner" },
          as(superAdmin)
        )
        expect(response.status).toBe(400)
        expect(response.data).toEqual(expect.objectContaining({ code: "invalid_request" }))
        expect(response.data.message).toContain("role")

        const list = await api.get(`/admin/stripe-connect/roles?actor_id=${staff.userId}`, as(superAdmin))
        expect(list.data.data.map((assignment: { role: string }) => assignment.role)).toEqual(["pos_staff"])
      })

      it("should answer 400 for an actor that does not exist", async () => {
        const response = await api.post(
          "/admin/stripe-connect/roles",
          { actor_id: "user_does_not_exist", role: "pos_staff" },
          as(superAdmin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("actor_id")
      })

      it("should refuse anyone but a super_admin", async () => {
        const response = await api.post(
          "/admin/stripe-connect/roles",
          { actor_id: staff.userId, role: "super_admin" },
          as(staff)
        )
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("forbidden")
      })
    })

    describe("DELETE /admin/stripe-connect/roles/:id", () => {
      it("should take a role away", async () => {
        const list = await api.get(`/admin/stripe-connect/roles?actor_id=${staff.userId}`, as(superAdmin))
        const [assignment] = list.data.data

        const response = await api.delete(`/admin/stripe-connect/roles/${assignment.id}`, as(superAdmin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ id: assignment.id, object: "stripe_connect_role_assignment", deleted: true })

        const after = await api.get(`/admin/stripe-connect/roles?actor_id=${staff.userId}`, as(superAdmin))
        expect(after.data.count).toBe(0)
      })

      it("should answer 404 for an unknown assignment", async () => {
        const response = await api.delete("/admin/stripe-connect/roles/scrole_missing", as(superAdmin))
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("not_found")
      })
    })
  },
})
