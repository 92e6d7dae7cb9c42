import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"

jest.setTimeout(600_000)

type Answer = { status: number; data: Record<string, unknown>; headers: Record<string, string> }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    const container = (): MedusaContainer => getContainer()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_idem")
      await emulator("POST", "/balance/add", { amount: 100_000, currency: "usd" })
    })

    const transferBody = (overrides: object = {}) => ({ account_id: accountId, amount: 1000, currency: "usd", ...overrides })
    const createTransfer = (body: object, key?: string, who: TestAdmin = admin): Promise<Answer> =>
      api.post("/admin/stripe-connect/transfers", body, {
        headers: { ...who.headers, ...(key === undefined ? {} : { "Idempotency-Key": key }) },
        validateStatus: () => true,
      })
    const stripeTransfers = async () =>
      (await emulatorRequests({ method: "POST", path: "/v1/transfers" })).filter((request) => request.status === 200)
    const storedTransfers = async () => (await api.get("/admin/stripe-connect/transfers", { headers: admin.headers })).data.count

    describe("Idempotency-Key on money routes", () => {
      it("should answer the same key and body with the stored response, making one Stripe object", async () => {
        const first = await createTransfer(transferBody(), "tips-1")
        const again = await createTransfer(transferBody(), "tips-1")
        expect(first.status).toBe(200)
        expect(again.status).toBe(first.status)
        expect(again.data).toEqual(first.data)
        expect(again.headers["idempotent-replayed"]).toBe("true")
        expect(first.headers["idempotent-replayed"]).toBeUndefined()
        expect(await stripeTransfers()).toHaveLength(1)
        expect(await storedTransfers()).toBe(1)
      })

      it("should treat a body with its keys in another order as the same request", async () => {
        const first = await createTransfer({ currency: "usd", amount: 1000, account_id: accountId }, "tips-order")
        const again = await createTransfer(transferBody(), "tips-order")
        expect(again.status).toBe(200)
        expect(again.data).toEqual(first.data)
        expect(await stripeTransfers()).toHaveLength(1)
      })

      it("should refuse the same key with another body with 400 idempotency_error and move nothing", async () => {
        expect((await createTransfer(transferBody(), "tips-2")).status).toBe(200)
        const other = await createTransfer(transferBody({ amount: 2000 }), "tips-2")
        expect(other.status).toBe(400)
        expect(other.data).toEqual(
          expect.objectContaining({ code: "idempotency_error", type: "idempotency_error", param: "Idempotency-Key" })
        )
        expect(await stripeTransfers()).toHaveLength(1)
        expect(await storedTransfers()).toBe(1)
      })

      it("should refuse the same key on another route with 400 idempotency_error", async () => {
        expect((await createTransfer(transferBody(), "tips-3")).status).toBe(200)
        const payout = await api.post(
          `/admin/stripe-connect/accounts/${accountId}/payouts`,
          { amount: 100, currency: "usd" },
          { headers: { ...admin.headers, "Idempotency-Key": "tips-3" }, validateStatus: () => true }
        )
        expect(payout.status).toBe(400)
        expect(payout.data.code).toBe("idempotency_error")
        expect(await emulatorRequests({ method: "POST", path: "/v1/payouts" })).toHaveLength(0)
      })

      it("should run 5 concurrent requests with one key exactly once; the others get the first answer or 409", async () => {
        const answers = await Promise.all(Array.from({ length: 5 }, () => createTransfer(transferBody(), "tips-race")))
        const made = answers.filter((answer) => answer.status === 200)
        const busy = answers.filter((answer) => answer.status === 409)
        expect(made.length + busy.length).toBe(5)
        expect(made.length).toBeGreaterThanOrEqual(1)
        expect(new Set(made.map((answer) => answer.data.transfer_id)).size).toBe(1)
        for (const answer of busy) {
          expect(answer.data).toEqual(expect.objectContaining({ code: "conflict", param: "Idempotency-Key" }))
        }
        expect(await stripeTransfers()).toHaveLength(1)
        expect(await storedTransfers()).toBe(1)
        const after = await createTransfer(transferBody(), "tips-race")
        expect(after.data).toEqual(made[0].data)
      })

      it.each([
        ["too long", "k".repeat(101)],
        ["with a space", "tips 4"],
        ["with a slash", "tips/4"],
        ["empty", ""],
      ])("should answer 400 naming Idempotency-Key for a key %s, and send nothing to Stripe", async (_case, key) => {
        const response = await createTransfer(transferBody(), key)
        expect(response.status).toBe(400)
        expect(response.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "Idempotency-Key" }))
        expect(String(response.data.message)).toContain("Idempotency-Key")
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
        expect(await storedTransfers()).toBe(0)
      })

      it("should not keep a key whose request failed validation", async () => {
        const invalid = await createTransfer(transferBody({ amount: -5 }), "tips-5")
        expect(invalid.status).toBe(400)
        const valid = await createTransfer(transferBody(), "tips-5")
        expect(valid.status).toBe(200)
        expect(await stripeTransfers()).toHaveLength(1)
      })

      it("should free a key whose request failed at Stripe, and make the retry reach Stripe with the same key", async () => {
        await emulator("POST", "/faults", { status: 500, method: "POST", path: "/v1/transfers", count: 3 })
        const failed = await createTransfer(transferBody(), "tips-6")
        expect(failed.status).toBe(502)
        const retried = await createTransfer(transferBody(), "tips-6")
        expect(retried.status).toBe(200)
        const requests = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(new Set(requests.map((request) => request.idempotency_key)).size).toBe(1)
        expect(await stripeTransfers()).toHaveLength(1)
        expect(await storedTransfers()).toBe(1)
      })

      it("should keep two callers' equal keys apart", async () => {
        const other = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
        const mine = await createTransfer(transferBody(), "tips-7")
        const theirs = await createTransfer(transferBody(), "tips-7", other)
        expect(mine.status).toBe(200)
        expect(theirs.status).toBe(200)
        expect(theirs.data.transfer_id).not.toBe(mine.data.transfer_id)
        expect(await stripeTransfers()).toHaveLength(2)
      })

      it("should replay a stored 4xx answer, such as Stripe refusing the transfer", async () => {
        const refused = await createTransfer(transferBody({ amount: 500_000 }), "tips-8")
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("insufficient_balance")
        await emulator("POST", "/balance/add", { amount: 500_000, currency: "usd" })
        const again = await createTransfer(transferBody({ amount: 500_000 }), "tips-8")
        expect(again.status).toBe(400)
        expect(again.data).toEqual(refused.data)
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(1)
      })

      it("should replay fee changes too", async () => {
        const body = { default_fee_percent: 2.5, default_fee_fixed: 30 }
        const headers = { ...admin.headers, "Idempotency-Key": "fees-1" }
        const history = async () => (await api.get("/admin/stripe-connect/fees/history", { headers: admin.headers })).data.count
        const first = await api.put("/admin/stripe-connect/fees", body, { headers, validateStatus: () => true })
        const changes = await history()
        const again = await api.put("/admin/stripe-connect/fees", body, { headers, validateStatus: () => true })
        expect(first.status).toBe(200)
        expect(again.headers["idempotent-replayed"]).toBe("true")
        expect(again.data).toEqual(first.data)
        expect(await history()).toBe(changes)
      })
    })
  },
})
