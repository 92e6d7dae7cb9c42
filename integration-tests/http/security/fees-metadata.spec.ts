import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import type { StripeConnectRole } from "../../../src/types/roles"
import { paymentCollection, startPaymentSession, storefront } from "./storefront-fixtures"

jest.setTimeout(180_000)

const MERCHANT = "fees_security_merchant"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const staff = async (role: StripeConnectRole, merchantIds: string[] | null = null) =>
      await createAdminUser(getContainer(), { roles: [{ role, merchant_ids: merchantIds }] })
    const payment = (overrides: object = {}) => ({ account_id: accountId, amount: 2500, currency: "usd", ...overrides })
    const intentRequests = async () => await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, MERCHANT)
      // 2.9 % + 30: 103 on 2500.
      const fees = await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: 2.9, default_fee_fixed: 30 },
        as(admin)
      )
      expect(fees.status).toBe(200)
    })

    describe("POST /admin/stripe-connect/payments application_fee_amount", () => {
      it("should refuse a fee set by pos_staff or a merchant-scoped role with a 403 naming the field, charging nothing", async () => {
        const callers: [string, TestAdmin][] = [
          ["pos_staff", await staff("pos_staff")],
          ["payment_admin of the merchant", await staff("payment_admin", [MERCHANT])],
          ["tenant_admin of the merchant", await staff("tenant_admin", [MERCHANT])],
          ["super_admin of the merchant", await staff("super_admin", [MERCHANT])],
        ]
        for (const [who, caller] of callers) {
          for (const fee of [0, 1, 2500]) {
            const response = await api.post(
              "/admin/stripe-connect/payments",
              payment({ application_fee_amount: fee }),
              as(caller)
            )
            expect({ who, fee, status: response.status, code: response.data.code }).toEqual({
              who,
              fee,
              status: 403,
              code: "forbidden",
            })
            expect(response.data.message).toContain("application_fee_amount")
          }
        }
        expect(await intentRequests()).toHaveLength(0)
      })

      it("should give pos_staff and merchant-scoped roles the configured fee when they leave it out", async () => {
        for (const caller of [await staff("pos_staff"), await staff("payment_admin", [MERCHANT])]) {
          const response = await api.post("/admin/stripe-connect/payments", payment(), as(caller))
          expect(response.status).toBe(200)
          expect(response.data.application_fee).toBe(103)
        }
        const requests = await intentRequests()
        expect(requests.map((request) => request.params.application_fee_amount)).toEqual(["103", "103"])
        const history = await api.get("/admin/stripe-connect/fees/history?kind=payment_override", as(admin))
        expect(history.data.count).toBe(0)
      })

      it("should record a fee set by a platform role in the fee audit: who, the payment, the fee and the configured fee", async () => {
        const platformAdmin = await staff("platform_admin")
        const retried = {
          headers: { ...admin.headers, "Idempotency-Key": "security-fee-override-1" },
          validateStatus: () => true,
        }
        const bySuperAdmin = await api.post(
          "/admin/stripe-connect/payments",
          payment({ application_fee_amount: 0 }),
          retried
        )
        expect(bySuperAdmin.status).toBe(200)
        // The same request again (a client retry) answers the same payment and is recorded once.
        const again = await api.post("/admin/stripe-connect/payments", payment({ application_fee_amount: 0 }), retried)
        expect(again.data.payment_intent_id).toBe(bySuperAdmin.data.payment_intent_id)
        expect(bySuperAdmin.data.application_fee).toBe(0)
        const byPlatformAdmin = await api.post(
          "/admin/stripe-connect/payments",
          payment({ application_fee_amount: 500 }),
          as(platformAdmin)
        )
        expect(byPlatformAdmin.status).toBe(200)
        expect([...new Set((await intentRequests()).map((request) => request.params.application_fee_amount))]).toEqual([
          "0",
          "500",
        ])

        const overrides = await api.get("/admin/stripe-connect/fees/history?kind=payment_override", as(admin))
        expect(overrides.status).toBe(200)
        expect(overrides.data.count).toBe(2)
        expect(overrides.data.data).toEqual([
          expect.objectContaining({
            kind: "payment_override",
            actor_id: platformAdmin.userId,
            actor_type: "user",
            payment_intent_id: byPlatformAdmin.data.payment_intent_id,
            account_id: accountId,
            merchant_id: MERCHANT,
            currency: "usd",
            amount: 2500,
            application_fee_amount: 500,
            configured_fee: 103,
          }),
          expect.objectContaining({
            kind: "payment_override",
            actor_id: admin.userId,
            payment_intent_id: bySuperAdmin.data.payment_intent_id,
            application_fee_amount: 0,
            configured_fee: 103,
          }),
        ])
        // The configuration's own history is unchanged by payments: only the PUT of beforeEach.
        const changes = await api.get("/admin/stripe-connect/fees/history", as(admin))
        expect(changes.data.data.map((entry: { kind: string }) => entry.kind)).toEqual(["configuration"])
        const all = await api.get("/admin/stripe-connect/fees/history?kind=all", as(admin))
        expect(all.data.count).toBe(3)

        // A super_admin limited to another merchant sees the configuration's history, never this merchant's payments.
        const otherMerchant = await staff("super_admin", ["fees_security_other_merchant"])
        const seenByOther = await api.get("/admin/stripe-connect/fees/history?kind=all", as(otherMerchant))
        expect(seenByOther.status).toBe(200)
        expect(seenByOther.data.data.map((entry: { kind: string }) => entry.kind)).toEqual(["configuration"])
        expect(seenByOther.data.count).toBe(1)
        const sameMerchant = await staff("super_admin", [MERCHANT])
        const seenBySame = await api.get("/admin/stripe-connect/fees/history?kind=payment_override", as(sameMerchant))
        expect(seenBySame.data.count).toBe(2)
      })
    })

    describe("reserved metadata keys", () => {
      const reserved = [
        "session_id",
        "medusa_plugin",
        "cart_id",
        "order_id",
        "merchant_id",
        "source",
        "request_id",
        "resource_id",
        "stripe_connect_integration_id",
      ]

      it("should answer a reserved key in a payment's metadata with a 400 naming it, charging nothing", async () => {
        for (const key of reserved) {
          const response = await api.post(
            "/admin/stripe-connect/payments",
            payment({ metadata: { note: "ok", [key]: "forged" } }),
            as(admin)
          )
          expect({ key, status: response.status }).toEqual({ key, status: 400 })
          expect(response.data.message).toContain(`metadata.${key}`)
        }
        expect(await intentRequests()).toHaveLength(0)
        const ordinary = await api.post(
          "/admin/stripe-connect/payments",
          payment({ metadata: { note: "ok", session: "x" } }),
          as(admin)
        )
        expect(ordinary.status).toBe(200)
      })

      it("should answer a reserved key in a transfer's metadata with a 400 naming it, moving nothing", async () => {
        for (const key of reserved) {
          const response = await api.post(
            "/admin/stripe-connect/transfers",
            { account_id: accountId, amount: 1000, currency: "usd", metadata: { [key]: "forged" } },
            as(admin)
          )
          expect({ key, status: response.status }).toEqual({ key, status: 400 })
          expect(response.data.message).toContain(`metadata.${key}`)
        }
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
      })

      it("should answer a reserved key in a storefront payment session's data with a 400 naming it, charging nothing", async () => {
        const shop = await storefront(container())
        const linked = await api.post(
          `/admin/stripe-connect/accounts/${accountId}/sales-channels`,
          { add: [shop.salesChannelId] },
          as(admin)
        )
        expect(linked.status).toBe(200)
        const { collectionId } = await paymentCollection(api, shop)
        const cases: [Record<string, unknown>, string][] = [
          [{ session_id: "payses_forged" }, "data.session_id"],
          [{ id: "pi_forged" }, "data.id"],
          [{ stripe_connect: { account_id: "acct_forged", application_fee_amount: 0 } }, "data.stripe_connect"],
          [{ medusa_plugin: "stripe-connect" }, "data.medusa_plugin"],
          [{ metadata: { order_id: "order_forged" } }, "data.metadata.order_id"],
          [{ metadata: { session_id: "payses_forged" } }, "data.metadata.session_id"],
        ]
        for (const [data, field] of cases) {
          const response = await startPaymentSession(api, shop, collectionId, data)
          expect({ field, status: response.status }).toEqual({ field, status: 400 })
          expect(response.data.message).toContain(field)
        }
        expect(await intentRequests()).toHaveLength(0)

        const session = await startPaymentSession(api, shop, collectionId, {
          metadata: { gift_note: "Happy birthday" },
        })
        expect(session.status).toBe(200)
        expect(session.data.payment_collection.payment_sessions[0].data.transfer_data).toEqual(
          expect.objectContaining({ destination: accountId })
        )
      })
    })
  },
})
