import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"

jest.setTimeout(120_000)

type Amounts = { amount: number; currency: string }[]
type Balance = { available: Amounts; pending: Amounts; connect_reserved: Amounts }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    let otherAccountId: string
    const container = (): MedusaContainer => getContainer()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_123")
      otherAccountId = await onboardedAccount(api, container(), admin.headers, "merchant_456")
    })

    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const platform = async (): Promise<Balance> => {
      const response = await api.get("/admin/stripe-connect/balance", as(admin))
      expect(response.status).toBe(200)
      return response.data
    }
    const account = async (id = accountId): Promise<Balance> => {
      const response = await api.get(`/admin/stripe-connect/accounts/${id}/balance`, as(admin))
      expect(response.status).toBe(200)
      return response.data
    }
    const usd = (amounts: Amounts) => amounts.find((entry) => entry.currency === "usd")?.amount ?? 0
    const summary = (balance: Balance) => ({ available: usd(balance.available), pending: usd(balance.pending) })

    /** A destination charge of `amount` with `fee`, captured automatically once the customer confirms. */
    async function charge(amount: number, fee: number): Promise<string> {
      const created = await api.post(
        "/admin/stripe-connect/payments",
        { account_id: accountId, amount, currency: "usd", capture_method: "automatic", application_fee_amount: fee },
        as(admin)
      )
      expect(created.status).toBe(200)
      await emulator("POST", `/payment_intents/${created.data.payment_intent_id}/confirm`)
      return created.data.payment_intent_id
    }

    describe("GET /admin/stripe-connect/balance and /accounts/:account_id/balance", () => {
      it("should answer the specification's body: available, pending and connect_reserved per currency", async () => {
        await emulator("POST", "/balance/add", { amount: 150000, currency: "usd" })
        const body = await platform()
        expect(body).toEqual({
          available: [{ amount: 150000, currency: "usd" }],
          pending: [{ amount: 0, currency: "usd" }],
          connect_reserved: [{ amount: 0, currency: "usd" }],
        })
        expect(Object.keys(await account())).toEqual(["available", "pending", "connect_reserved"])
      })

      it("should move with a destination charge: the account's share and the platform's fee pending, then available", async () => {
        await charge(10000, 300)
        expect(summary(await account())).toEqual({ available: 0, pending: 9700 })
        expect(summary(await platform())).toEqual({ available: 0, pending: 300 })
        expect(summary(await account(otherAccountId))).toEqual({ available: 0, pending: 0 })
        await emulator("POST", "/balance/make_available", {})
        expect(summary(await account())).toEqual({ available: 9700, pending: 0 })
        expect(summary(await platform())).toEqual({ available: 300, pending: 0 })
      })

      it("should move with a refund that returns the fee in proportion", async () => {
        const pi = await charge(10000, 300)
        await emulator("POST", "/balance/make_available", {})
        const refund = await api.post(`/admin/stripe-connect/payments/${pi}/refund`, { amount: 5000, refund_application_fee: true }, as(admin))
        expect(refund.status).toBe(200)
        expect(refund.data.application_fee_refunded).toBe(150)
        // The account gives back its share (5000 - 150) and the platform its fee part (150). Where the debit lands
        // (available or pending) depends on what is available when Stripe books it, so the totals are compared.
        const total = (balance: Balance) => usd(balance.available) + usd(balance.pending)
        expect(total(await account())).toBe(9700 - 4850)
        expect(total(await platform())).toBe(300 - 150)
      })

      it("should move with transfers and their reversals", async () => {
        await emulator("POST", "/balance/add", { amount: 20000, currency: "usd" })
        const transfer = await api.post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 7000, currency: "usd" }, as(admin))
        expect(transfer.status).toBe(200)
        expect(usd((await platform()).available)).toBe(13000)
        expect(usd((await account()).available)).toBe(7000)
        const reversal = await api.post(`/admin/stripe-connect/transfers/${transfer.data.transfer_id}/reverse`, { amount: 2000 }, as(admin))
        expect(reversal.status).toBe(200)
        expect(usd((await platform()).available)).toBe(15000)
        expect(usd((await account()).available)).toBe(5000)
      })

      it("should move with payouts, and come back when a payout fails", async () => {
        await emulator("POST", "/balance/add", { account: accountId, amount: 9000, currency: "usd" })
        const payout = await api.post(`/admin/stripe-connect/accounts/${accountId}/payouts`, { amount: 4000, currency: "usd" }, as(admin))
        expect(payout.status).toBe(200)
        expect(usd((await account()).available)).toBe(5000)
        await emulator("POST", `/payouts/${payout.data.payout_id}/status`, { account: accountId, status: "failed", failure_code: "account_closed" })
        expect(usd((await account()).available)).toBe(9000)
      })

      it("should show a dispute withdrawing the disputed amount from the platform, and returning it when won", async () => {
        const pi = await charge(10000, 300)
        await emulator("POST", "/balance/make_available", {})
        await emulator("POST", "/balance/add", { amount: 20000, currency: "usd" })
        expect(usd((await platform()).available)).toBe(20300)
        const stripe = emulatorStripe()
        const chargeId = String((await stripe.paymentIntents.retrieve(pi)).latest_charge)
        const { id } = await emulator<{ id: string }>("POST", `/charges/${chargeId}/dispute`, { reason: "fraudulent" })
        expect(usd((await platform()).available)).toBe(10300)
        await emulator("POST", `/disputes/${id}/close`, { outcome: "won" })
        expect(usd((await platform()).available)).toBe(20300)
      })

      it("should answer 404 for another merchant's account, and 403 platform-wide for merchant-limited roles", async () => {
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const foreign = await api.get(`/admin/stripe-connect/accounts/${accountId}/balance`, as(scoped))
        expect(foreign.status).toBe(404)
        expect(foreign.data.code).toBe("account_not_found")
        expect((await api.get(`/admin/stripe-connect/accounts/${otherAccountId}/balance`, as(scoped))).status).toBe(200)
        const platformWide = await api.get("/admin/stripe-connect/balance", as(scoped))
        expect(platformWide.status).toBe(403)
        const staff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff" }] })
        expect((await api.get("/admin/stripe-connect/balance", as(staff))).status).toBe(403)
        expect((await api.get("/admin/stripe-connect/accounts/acct_unknown/balance", as(admin))).status).toBe(404)
      })
    })
  },
})
