import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import type {
  BalanceTransactionDocument,
  LedgerDailyTotals,
  LedgerDailyTotalsDocument,
} from "../../../src/shared/types/reconciliation"
import type { OverviewDocument } from "../../../src/shared/types/reports"
import { ledgerFixtures } from "./ledger-fixtures"

jest.setTimeout(600_000)

const RECON = "/admin/stripe-connect/reconciliation"
const PAYOUT_CATEGORIES = ["payout", "payout_reversal"]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    const { capturedPayment, syncCleanly } = ledgerFixtures(api, container, () => admin)

    async function refund(pi: string, amount: number) {
      const response = await api.post(`/admin/stripe-connect/payments/${pi}/refund`, { amount, refund_application_fee: true }, as(admin))
      expect(response.status).toBe(200)
    }

    async function payout(account: string, amount: number, currency: string) {
      const response = await api.post(`/admin/stripe-connect/accounts/${account}/payouts`, { amount, currency }, as(admin))
      expect(response.status).toBe(200)
    }

    async function ledgerTotals(query: string, who: TestAdmin = admin): Promise<LedgerDailyTotalsDocument> {
      const response = await api.get(`${RECON}/daily-totals?${query}`, as(who))
      expect(response.status).toBe(200)
      return response.data as LedgerDailyTotalsDocument
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, "merchant_a")
      accountB = await onboardedAccount(api, container(), admin.headers, "merchant_b")

      // Two-decimal (usd) and zero-decimal (jpy) payments on both accounts, refunds with their fee share, a
      // dispute, and a manual payout of each account (one at a time per account: a second is payout_in_progress).
      const usdA = await capturedPayment({ account_id: accountA, amount: 2500, currency: "usd", application_fee_amount: 75 })
      await capturedPayment({ account_id: accountB, amount: 4000, currency: "usd", application_fee_amount: 100 })
      const jpyA = await capturedPayment({ account_id: accountA, amount: 5000, currency: "jpy", application_fee_amount: 150 })
      await capturedPayment({ account_id: accountB, amount: 1234, currency: "jpy", application_fee_amount: 37 })
      await refund(usdA, 500)
      await refund(jpyA, 1000)
      const intent = await emulatorStripe().paymentIntents.retrieve(usdA)
      await emulator("POST", `/charges/${String(intent.latest_charge)}/dispute`, { amount: 700 })
      await emulator("POST", "/balance/make_available")
      await payout(accountA, 1200, "usd")
      await payout(accountB, 1000, "jpy")
      await syncCleanly()
    })

    describe("GET /admin/stripe-connect/reconciliation/daily-totals", () => {
      it("should agree to the cent with the overview chart's figures in usd and jpy, day by day", async () => {
        const overviewResponse = await api.get("/admin/stripe-connect/overview?days=7", as(admin))
        expect(overviewResponse.status).toBe(200)
        const overview = overviewResponse.data as OverviewDocument
        const ledger = await ledgerTotals("days=7")
        expect([ledger.from, ledger.to]).toEqual([overview.from, overview.to])

        const platform = (currency: string) => ledger.data.find((t) => t.account_id === null && t.currency === currency)
        const accounts = (currency: string) => ledger.data.filter((t) => t.account_id !== null && t.currency === currency)
        expect(overview.data.map((c) => c.currency).sort()).toEqual(["jpy", "usd"])
        for (const chart of overview.data) {
          const own = platform(chart.currency) as LedgerDailyTotals
          expect(own).toBeDefined()
          chart.days.forEach((day, i) => {
            const line = own.days[i]
            expect(day).toEqual({
              date: line.date,
              gross_volume: line.gross_volume,
              platform_fees: line.platform_fees,
              platform_fees_refunded: line.platform_fees_refunded,
              refunds: line.refunds,
              payouts: accounts(chart.currency).reduce((sum, account) => sum + account.days[i].payouts, 0),
            })
          })
        }

        // The figures themselves, in each currency's minor units (jpy has none below the yen).
        expect(overview.data.find((c) => c.currency === "usd")?.totals).toEqual({
          gross_volume: 6500,
          platform_fees: 175,
          platform_fees_refunded: 15,
          refunds: 500,
          payouts: 1200,
        })
        expect(overview.data.find((c) => c.currency === "jpy")?.totals).toEqual({
          gross_volume: 6234,
          platform_fees: 187,
          platform_fees_refunded: 30,
          refunds: 1000,
          payouts: 1000,
        })
        expect(platform("usd")?.totals.disputes).toBe(700)
        expect(platform("jpy")?.totals.disputes).toBe(0)
        const payoutsOf = (currency: string) =>
          Object.fromEntries(accounts(currency).map((t) => [t.account_id, t.totals.payouts]))
        expect(payoutsOf("usd")).toEqual({ [accountA]: 1200, [accountB]: 0 })
        expect(payoutsOf("jpy")).toEqual({ [accountA]: 0, [accountB]: 1000 })
      })

      it("should make each balance's net the sum of its lines' net but payouts, as the balance-transactions list shows them", async () => {
        const ledger = await ledgerTotals("days=1")
        expect(ledger.data.length).toBeGreaterThanOrEqual(6)
        for (const totals of ledger.data) {
          const response = await api.get(
            `/admin/stripe-connect/balance-transactions?limit=100&currency=${totals.currency}&account_id=${totals.account_id ?? "platform"}`,
            as(admin)
          )
          expect(response.status).toBe(200)
          const lines = response.data.data as BalanceTransactionDocument[]
          expect(lines.length).toBeLessThan(100)
          const net = lines.filter((l) => !PAYOUT_CATEGORIES.includes(l.reporting_category)).reduce((sum, l) => sum + l.net, 0)
          expect([totals.account_id, totals.currency, totals.totals.net]).toEqual([totals.account_id, totals.currency, net])
        }
      })

      it("should show a merchant-scoped caller only its merchants' accounts, and name a bad parameter", async () => {
        const scoped = await createAdminUser(container(), {
          email: "scoped-daily@example.com",
          roles: [{ role: "payment_admin", merchant_ids: ["merchant_a"] }],
        })
        const own = await ledgerTotals("days=3", scoped)
        expect(new Set(own.data.map((t) => t.account_id))).toEqual(new Set([accountA]))
        expect((await ledgerTotals(`days=3&account_id=${accountB}&account_id=platform`, scoped)).data).toEqual([])
        expect((await ledgerTotals("days=3&account_id=platform")).data.map((t) => t.account_id)).toEqual([null, null])

        const bad = await api.get(`${RECON}/daily-totals?days=91`, as(admin))
        expect(bad.status).toBe(400)
        expect(bad.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "days" }))
        const badAccount = await api.get(`${RECON}/daily-totals?account_id=nope`, as(admin))
        expect(badAccount.status).toBe(400)
        expect(badAccount.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "account_id" }))
      })
    })
  },
})
