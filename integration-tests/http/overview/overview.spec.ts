import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"

jest.setTimeout(120_000)

const DAY_MS = 24 * 60 * 60 * 1000
const utcDate = (offsetDays = 0) => new Date(Date.now() - offsetDays * DAY_MS).toISOString().slice(0, 10)

type Day = { date: string; gross_volume: number; platform_fees: number; platform_fees_refunded: number; refunds: number; payouts: number }
type CurrencyTotals = { currency: string; totals: Omit<Day, "date">; days: Day[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const overview = (query = "", who: TestAdmin = admin) => api.get(`/admin/stripe-connect/overview${query}`, as(who))

    /** A payment created through the admin API, confirmed by the (emulated) customer and captured in full. */
    async function capturedPayment(account: string, amount: number, fee: number, currency = "usd"): Promise<string> {
      const created = await api.post(
        "/admin/stripe-connect/payments",
        { account_id: account, amount, currency, application_fee_amount: fee, payment_method_types: ["card"] },
        as(admin)
      )
      expect(created.status).toBe(200)
      const pi = String(created.data.payment_intent_id)
      await emulator("POST", `/payment_intents/${pi}/confirm`, { payment_method: "pm_card_visa" })
      expect((await api.post(`/admin/stripe-connect/payments/${pi}/capture`, {}, as(admin))).status).toBe(200)
      return pi
    }

    /** Moves a stored payment's capture time back, as if it had been captured `days` days ago. */
    async function capturedDaysAgo(pi: string, days: number) {
      const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
      await service().updateStripeConnectPayments({ id: payment.id, captured_at: new Date(Date.now() - days * DAY_MS) })
    }

    const byCurrency = (data: CurrencyTotals[], currency: string) => data.find((entry) => entry.currency === currency) as CurrencyTotals
    const day = (entry: CurrencyTotals, date: string) => entry.days.find((row) => row.date === date) as Day

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, "merchant_123")
      accountB = await onboardedAccount(api, container(), admin.headers, "merchant_456")
    })

    describe("GET /admin/stripe-connect/overview", () => {
      it("should sum captured volume, fees, refunds and payouts per currency and UTC day, with zeros on quiet days", async () => {
        const today = await capturedPayment(accountA, 2500, 75)
        await capturedPayment(accountB, 4000, 120)
        const earlier = await capturedPayment(accountA, 1000, 30)
        await capturedDaysAgo(earlier, 3)
        const old = await capturedPayment(accountA, 9000, 270)
        await capturedDaysAgo(old, 40)
        await capturedPayment(accountA, 1500, 45, "eur")
        // Authorized but never captured: no volume yet.
        const authorized = await api.post("/admin/stripe-connect/payments", { account_id: accountA, amount: 7000, currency: "usd", application_fee_amount: 10 }, as(admin))
        await emulator("POST", `/payment_intents/${authorized.data.payment_intent_id}/confirm`, { payment_method: "pm_card_visa" })

        const refunded = await api.post(`/admin/stripe-connect/payments/${today}/refund`, { amount: 500, refund_application_fee: true }, as(admin))
        expect(refunded.status).toBe(200)

        await emulator("POST", "/balance/add", { account: accountA, amount: 20000, currency: "usd" })
        const payout = await api.post(`/admin/stripe-connect/accounts/${accountA}/payouts`, { amount: 3000, currency: "usd" }, as(admin))
        expect(payout.status).toBe(200)

        const response = await overview()
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ days: 30, from: utcDate(29), to: utcDate(0) }))
        expect(response.data.data.map((entry: CurrencyTotals) => entry.currency)).toEqual(["usd", "eur"])

        const usd = byCurrency(response.data.data, "usd")
        expect(usd.days).toHaveLength(30)
        expect(usd.days[0].date).toBe(utcDate(29))
        expect(day(usd, utcDate(0))).toEqual({
          date: utcDate(0),
          gross_volume: 6500,
          platform_fees: 195,
          platform_fees_refunded: 15,
          refunds: 500,
          payouts: 3000,
        })
        expect(day(usd, utcDate(3))).toEqual({ date: utcDate(3), gross_volume: 1000, platform_fees: 30, platform_fees_refunded: 0, refunds: 0, payouts: 0 })
        expect(day(usd, utcDate(1))).toEqual({ date: utcDate(1), gross_volume: 0, platform_fees: 0, platform_fees_refunded: 0, refunds: 0, payouts: 0 })
        expect(usd.totals).toEqual({ gross_volume: 7500, platform_fees: 225, platform_fees_refunded: 15, refunds: 500, payouts: 3000 })
        expect(byCurrency(response.data.data, "eur").totals).toEqual(expect.objectContaining({ gross_volume: 1500, platform_fees: 45 }))

        const longer = await overview("?days=60")
        expect(longer.status).toBe(200)
        expect(byCurrency(longer.data.data, "usd").days).toHaveLength(60)
        expect(byCurrency(longer.data.data, "usd").totals.gross_volume).toBe(16500)
      })

      it("should leave out payouts that failed", async () => {
        await emulator("POST", "/balance/add", { account: accountA, amount: 20000, currency: "usd" })
        const payout = await api.post(`/admin/stripe-connect/accounts/${accountA}/payouts`, { amount: 3000, currency: "usd" }, as(admin))
        expect(payout.status).toBe(200)
        expect(byCurrency((await overview()).data.data, "usd").totals.payouts).toBe(3000)
        // As the payout.failed webhook leaves the stored payout.
        const [stored] = await service().listStripeConnectPayouts({ payout_id: payout.data.payout_id })
        await service().updateStripeConnectPayouts({ id: stored.id, status: "failed" })
        expect((await overview()).data.data).toEqual([])
      })

      it("should show a merchant-scoped role only its merchants' figures", async () => {
        await capturedPayment(accountA, 2500, 75)
        await capturedPayment(accountB, 4000, 120)
        const scoped = await createAdminUser(container(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const response = await overview("", scoped)
        expect(response.status).toBe(200)
        expect(byCurrency(response.data.data, "usd").totals).toEqual(expect.objectContaining({ gross_volume: 4000, platform_fees: 120 }))

        const nobody = await createAdminUser(container(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_none"] }] })
        const empty = await overview("", nobody)
        expect(empty.status).toBe(200)
        expect(empty.data.data).toEqual([])
        expect((await overview()).data.data[0].totals.gross_volume).toBe(6500)
      })

      it.each([["0"], ["91"], ["abc"], ["2.5"]])("should answer 400 naming days for days=%s", async (value) => {
        const response = await overview(`?days=${value}`)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("days")
      })

      it("should answer 400 naming an unknown parameter", async () => {
        const response = await overview("?currency=usd")
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("currency")
      })

      it("should refuse a role that may not see payment figures", async () => {
        const staff = await createAdminUser(container(), { roles: [{ role: "pos_staff" }] })
        const response = await overview("", staff)
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("forbidden")
      })
    })
  },
})
