import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { makeEvent, settledEvent, signPayload } from "../webhooks/helpers"

jest.setTimeout(120_000)

const PLATFORM_SECRET = "whsec_dev_platform_secret"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const health = async () => {
      const response = await api.get("/admin/stripe-connect/health", as(admin))
      expect(response.status).toBe(200)
      return response.data
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
    })

    describe("GET /admin/stripe-connect/health", () => {
      it("should be ok on a fresh store: no backlog, no failures, no Stripe errors, no events yet", async () => {
        expect(await health()).toEqual({
          status: "ok",
          reasons: [],
          checked_at: expect.any(String),
          webhooks: {
            backlog: 0,
            lag_seconds: 0,
            failed_retrying: 0,
            failed_given_up: 0,
            last_event_at: { platform: null, connect: null, account: null },
          },
          locks: { status: "ok", error: null },
          stripe: { errors_last_hour: 0, refused_last_hour: 0, last_error_at: null },
        })
      })

      it("should show the newest event of the endpoint that received one", async () => {
        const event = makeEvent("balance.available", { object: "balance", available: [], pending: [] })
        const payload = JSON.stringify(event)
        const delivered = await api.post("/hooks/stripe-connect/platform", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
          validateStatus: () => true,
        })
        expect(delivered.status).toBe(200)
        await settledEvent(getContainer(), event.id as string)

        const { webhooks } = await health()
        expect(webhooks.backlog).toBe(0)
        expect(webhooks.last_event_at).toEqual({ platform: expect.any(String), connect: null, account: null })
      })

      it("should turn degraded, saying why, once Stripe answers with an error", async () => {
        const before = (await health()).stripe.errors_last_hour
        await emulator("POST", "/faults", { status: 500, count: 3, path: "/v1/balance" })
        const failed = await api.get("/admin/stripe-connect/balance", as(admin))
        expect(failed.status).toBe(502)

        const after = await health()
        expect(after.stripe.errors_last_hour).toBeGreaterThan(before)
        expect(after.status).toBe("degraded")
        expect(after.reasons).toEqual([expect.stringMatching(/^Stripe answered \d+ request\(s\) with an error/)])
      })

      it("should refuse a grant limited to merchants: the figures cover every merchant", async () => {
        const scoped = await createAdminUser(getContainer(), {
          roles: [{ role: "platform_admin", merchant_ids: ["merchant_123"] }],
        })
        const response = await api.get("/admin/stripe-connect/health", as(scoped))
        expect(response.status).toBe(403)
        expect(response.data).toMatchObject({ code: "forbidden" })
      })

      it("should be refused without a plugin role that reads webhook events", async () => {
        const cashier = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff" }] })
        expect((await api.get("/admin/stripe-connect/health", as(cashier))).status).toBe(403)
      })
    })
  },
})
