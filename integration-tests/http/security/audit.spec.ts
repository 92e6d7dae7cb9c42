import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { knexOf } from "../webhooks/helpers"
import { connectIntegration } from "../workflows/helpers"
import { createTestOrder, seedStore } from "../invoices/fixtures"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import type { AuditEntryDocument } from "../../../src/shared/types/audit"

jest.setTimeout(300_000)

type Json = Record<string, unknown>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    const container = (): MedusaContainer => getContainer()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, "merchant_a")
      accountB = await onboardedAccount(api, container(), admin.headers, "merchant_b")
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({
      headers: { ...who.headers, ...headers },
      validateStatus: () => true,
    })
    const withKey = (key: string) => ({ "Idempotency-Key": key })
    const post = (path: string, body: Json, headers: Record<string, string> = {}, who = admin) =>
      api.post(`/admin/stripe-connect${path}`, body, as(who, headers))
    const entries = async (query: Record<string, string> = {}, who = admin): Promise<AuditEntryDocument[]> => {
      const response = await api.get(`/admin/stripe-connect/audit-entries?${new URLSearchParams(query)}`, as(who))
      expect(response.status).toBe(200)
      return response.data.data
    }
    const byAdmin = () => ({ actor_id: admin.userId, actor_type: "user", actor_roles: ["super_admin"] })

    describe("payments", () => {
      it("should record the creation, capture and refund with actor, amount, idempotency key and outcome", async () => {
        const created = await post(
          "/payments",
          {
            account_id: accountA,
            amount: 2500,
            currency: "usd",
            application_fee_amount: 75,
            payment_method_types: ["card"],
          },
          withKey("audit-payment-create")
        )
        expect(created.status).toBe(200)
        const pi = String(created.data.payment_intent_id)
        await emulator("POST", `/payment_intents/${pi}/confirm`, { payment_method: "pm_card_visa" })
        expect(
          (await post(`/payments/${pi}/capture`, { amount_to_capture: 2000 }, withKey("audit-capture"))).status
        ).toBe(200)
        expect((await post(`/payments/${pi}/refund`, { amount: 500 })).status).toBe(200)

        const trail = await entries({ resource_type: "payment", resource_id: pi })
        const common = {
          resource_type: "payment",
          resource_id: pi,
          merchant_id: "merchant_a",
          account_id: accountA,
          currency: "usd",
        }
        expect(trail).toEqual([
          expect.objectContaining({
            ...common,
            ...byAdmin(),
            action: "payment.refund",
            amount: 500,
            idempotency_key: null,
            outcome: "succeeded",
            error_code: null,
          }),
          expect.objectContaining({
            ...common,
            ...byAdmin(),
            action: "payment.capture",
            amount: 2000,
            idempotency_key: "audit-capture",
            outcome: "succeeded",
          }),
          expect.objectContaining({
            ...common,
            ...byAdmin(),
            action: "payment.create",
            amount: 2500,
            idempotency_key: "audit-payment-create",
            outcome: "succeeded",
          }),
        ])
        expect(Date.parse(trail[0].created_at)).not.toBeNaN()
      })

      it("should record a failed action with its error code, and nothing for input refused before the action", async () => {
        const created = await post("/payments", {
          account_id: accountA,
          amount: 2500,
          currency: "usd",
          payment_method_types: ["card"],
        })
        const pi = String(created.data.payment_intent_id)
        // Not authorized yet: the capture fails at Stripe's state check.
        const early = await post(`/payments/${pi}/capture`, {}, withKey("audit-early-capture"))
        expect(early.status).toBe(400)

        const [failed] = await entries({ action: "payment.capture", resource_id: pi })
        expect(failed).toEqual(
          expect.objectContaining({
            ...byAdmin(),
            outcome: "failed",
            error_code: early.data.code,
            idempotency_key: "audit-early-capture",
            merchant_id: "merchant_a",
          })
        )

        const before = (await entries()).length
        expect((await post("/payments", { account_id: accountA, amount: -1, currency: "usd" })).status).toBe(400)
        expect((await post("/payments/pi_unknown/capture", {})).status).toBe(404)
        expect(await entries()).toHaveLength(before)
      })
    })

    describe("transfers and payouts", () => {
      it("should record a transfer, its reversal, a payout, a refused payout and a schedule change", async () => {
        await emulator("POST", "/balance/add", { amount: 50000, currency: "usd" })
        const transfer = await post(
          "/transfers",
          { account_id: accountA, amount: 1000, currency: "usd" },
          withKey("audit-transfer")
        )
        expect(transfer.status).toBe(200)
        const transferId = String(transfer.data.transfer_id)
        expect((await post(`/transfers/${transferId}/reverse`, { amount: 400 }, withKey("audit-reverse"))).status).toBe(
          200
        )

        await emulator("POST", "/balance/add", { account: accountA, amount: 3000, currency: "usd" })
        const payout = await post(
          `/accounts/${accountA}/payouts`,
          { amount: 2000, currency: "usd" },
          withKey("audit-payout")
        )
        expect(payout.status).toBe(200)
        const refused = await post(
          `/accounts/${accountB}/payouts`,
          { amount: 9000, currency: "usd" },
          withKey("audit-payout-refused")
        )
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("insufficient_balance")
        const schedule = await api.put(
          `/admin/stripe-connect/accounts/${accountA}/payouts/schedule`,
          { interval: "weekly", weekly_anchor: "friday" },
          as(admin)
        )
        expect(schedule.status).toBe(200)

        expect(await entries({ resource_type: "transfer", resource_id: transferId })).toEqual([
          expect.objectContaining({
            ...byAdmin(),
            action: "transfer.reverse",
            amount: 400,
            currency: "usd",
            idempotency_key: "audit-reverse",
            outcome: "succeeded",
            merchant_id: "merchant_a",
            account_id: accountA,
          }),
          expect.objectContaining({
            ...byAdmin(),
            action: "transfer.create",
            amount: 1000,
            currency: "usd",
            idempotency_key: "audit-transfer",
            outcome: "succeeded",
            merchant_id: "merchant_a",
            account_id: accountA,
          }),
        ])
        expect(await entries({ action: "payout.create" })).toEqual([
          expect.objectContaining({
            ...byAdmin(),
            resource_id: null,
            amount: 9000,
            account_id: accountB,
            merchant_id: "merchant_b",
            idempotency_key: "audit-payout-refused",
            outcome: "failed",
            error_code: "insufficient_balance",
          }),
          expect.objectContaining({
            ...byAdmin(),
            resource_id: payout.data.payout_id,
            amount: 2000,
            account_id: accountA,
            idempotency_key: "audit-payout",
            outcome: "succeeded",
          }),
        ])
        expect(await entries({ action: "payout_schedule.update" })).toEqual([
          expect.objectContaining({
            ...byAdmin(),
            resource_type: "account",
            resource_id: accountA,
            merchant_id: "merchant_a",
            amount: null,
            outcome: "succeeded",
          }),
        ])
      })
    })

    describe("fees and roles", () => {
      it("should record a fee change and a role's grant and revocation", async () => {
        expect(
          (
            await api.put(
              "/admin/stripe-connect/fees?currency=usd",
              { default_fee_percent: 2 },
              as(admin, withKey("audit-fees"))
            )
          ).status
        ).toBe(200)
        const grantee = await createAdminUser(container(), { email: "grantee@example.com" })
        const granted = await post("/roles", {
          actor_id: grantee.userId,
          role: "pos_staff",
          merchant_ids: ["merchant_a"],
        })
        expect(granted.status).toBe(200)
        const assignmentId = String((granted.data.role_assignment as Json).id)
        expect((await api.delete(`/admin/stripe-connect/roles/${assignmentId}`, as(admin))).status).toBe(200)

        expect(await entries({ resource_type: "fee_configuration" })).toEqual([
          expect.objectContaining({
            ...byAdmin(),
            action: "fee_configuration.update",
            currency: "usd",
            merchant_id: null,
            idempotency_key: "audit-fees",
            outcome: "succeeded",
            resource_id: expect.any(String),
          }),
        ])
        expect(await entries({ resource_type: "role_assignment", resource_id: assignmentId })).toEqual([
          expect.objectContaining({ ...byAdmin(), action: "role.revoke", outcome: "succeeded" }),
          expect.objectContaining({ ...byAdmin(), action: "role.grant", outcome: "succeeded" }),
        ])
      })
    })

    describe("invoices", () => {
      it("should record sending and voiding an order's invoice", async () => {
        const store = await seedStore(container())
        const order = await createTestOrder(container(), store)
        const integration = await connectIntegration(api, admin, "merchant_a")
        const sent = await post(
          "/invoices",
          { order_id: order.id, integration_id: integration.id },
          withKey("audit-invoice")
        )
        expect(sent.status).toBe(200)
        const invoiceId = String((sent.data.invoice as Json).id)
        expect((await post(`/invoices/${invoiceId}/void`, {})).status).toBe(200)

        expect(await entries({ resource_type: "invoice", resource_id: invoiceId })).toEqual([
          expect.objectContaining({
            ...byAdmin(),
            action: "invoice.void",
            account_id: integration.account,
            currency: "usd",
            outcome: "succeeded",
          }),
          expect.objectContaining({
            ...byAdmin(),
            action: "invoice.send",
            account_id: integration.account,
            idempotency_key: "audit-invoice",
            amount: expect.any(Number),
            currency: "usd",
            outcome: "succeeded",
          }),
        ])
      })
    })

    describe("GET /admin/stripe-connect/audit-entries", () => {
      it("should show merchant-scoped callers their merchants' entries only", async () => {
        await emulator("POST", "/balance/add", { amount: 50000, currency: "usd" })
        expect((await post("/transfers", { account_id: accountA, amount: 100, currency: "usd" })).status).toBe(200)
        expect((await post("/transfers", { account_id: accountB, amount: 200, currency: "usd" })).status).toBe(200)
        expect((await api.put("/admin/stripe-connect/fees", { default_fee_percent: 2 }, as(admin))).status).toBe(200)

        const scopedB = await createAdminUser(container(), {
          roles: [{ role: "payment_admin", merchant_ids: ["merchant_b"] }],
        })
        const seen = await entries({}, scopedB)
        expect(seen).toEqual([
          expect.objectContaining({ action: "transfer.create", merchant_id: "merchant_b", amount: 200 }),
        ])
        expect(await entries({ merchant_id: "merchant_a" }, scopedB)).toEqual([])
        expect(await entries({ account_id: accountA }, scopedB)).toEqual([])
        expect((await entries({}, admin)).map((entry) => entry.action).sort()).toEqual([
          "fee_configuration.update",
          "transfer.create",
          "transfer.create",
        ])

        const posStaff = await createAdminUser(container(), {
          roles: [{ role: "pos_staff", merchant_ids: ["merchant_b"] }],
        })
        expect((await api.get("/admin/stripe-connect/audit-entries", as(posStaff))).status).toBe(403)
      })

      it("should cap limit at 100 with a 400 naming it, and refuse unknown filters", async () => {
        const over = await api.get("/admin/stripe-connect/audit-entries?limit=101", as(admin))
        expect(over.status).toBe(400)
        expect(over.data.message).toContain("limit")
        expect((await api.get("/admin/stripe-connect/audit-entries?limit=100", as(admin))).status).toBe(200)
        const unknown = await api.get("/admin/stripe-connect/audit-entries?action=payment.delete", as(admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("action")
      })

      it("should offer no way to change or delete an entry", async () => {
        await emulator("POST", "/balance/add", { amount: 50000, currency: "usd" })
        expect((await post("/transfers", { account_id: accountA, amount: 100, currency: "usd" })).status).toBe(200)
        const [entry] = await entries()

        for (const method of ["post", "put", "delete"] as const) {
          for (const path of [
            "/admin/stripe-connect/audit-entries",
            `/admin/stripe-connect/audit-entries/${entry.id}`,
          ]) {
            const response =
              method === "delete"
                ? await api.delete(path, as(admin))
                : await api[method](path, { amount: 1 }, as(admin))
            expect([403, 404]).toContain(response.status)
          }
        }
        expect(await entries()).toEqual([entry])

        const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        expect(
          "updateAuditEntries" in service || "deleteAuditEntries" in service || "softDeleteAuditEntries" in service
        ).toBe(false)
        const table = () => knexOf(container())("stripe_connect_audit_entry").where({ id: entry.id })
        await expect(table().update({ amount: 1 })).rejects.toThrow(/cannot be changed or deleted/)
        await expect(table().delete()).rejects.toThrow(/cannot be changed or deleted/)
        expect(await entries()).toEqual([entry])
      })
    })
  },
})
