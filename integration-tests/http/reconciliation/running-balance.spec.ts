import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import type { ReconciledLineDocument } from "../../../src/shared/types/reconciliation"
import type { PayoutRunningBalanceDocument } from "../../../src/shared/types/payout-running-balance"
import { ledgerFixtures, stripeLines } from "./ledger-fixtures"

jest.setTimeout(600_000)

const RECON = "/admin/stripe-connect/reconciliation"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    let firstPayout: string
    let secondPayout: string
    let automaticPayout: Stripe.Payout
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    /** Moves the emulator's clock a second on, so the lines made next are dated after those made before. */
    const nextSecond = () => emulator("POST", "/clock/advance", { seconds: 1 })

    const { capturedPayment, syncCleanly } = ledgerFixtures(api, container, () => admin)

    async function manualPayout(account: string, amount: number): Promise<string> {
      const response = await api.post(`/admin/stripe-connect/accounts/${account}/payouts`, { amount, currency: "usd" }, as(admin))
      expect(response.status).toBe(200)
      return String(response.data.payout_id)
    }

    async function runningBalance(payoutId: string, query = "limit=100", who: TestAdmin = admin) {
      return await api.get(`${RECON}/payouts/${payoutId}/running-balance?${query}`, as(who))
    }

    const ids = (lines: { id: string }[]) => lines.map((line) => line.id).sort()
    const sumNet = (lines: { net: number }[]) => lines.reduce((sum, line) => sum + line.net, 0)

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, "merchant_a")
      accountB = await onboardedAccount(api, container(), admin.headers, "merchant_b")

      // Account A: a charge, a manual payout, then a charge, a partial refund and a transfer, a second manual
      // payout. Each payout is made in a second of its own, so which lines come before it is not a matter of ids.
      await capturedPayment({ account_id: accountA, amount: 3000, application_fee_amount: 90 })
      await capturedPayment({ account_id: accountB, amount: 4000, application_fee_amount: 100 })
      await emulator("POST", "/balance/make_available")
      await nextSecond()
      firstPayout = await manualPayout(accountA, 1000)
      await nextSecond()
      await emulator("POST", `/payouts/${firstPayout}/status`, { account: accountA, status: "paid" })
      const second = await capturedPayment({ account_id: accountA, amount: 2000, application_fee_amount: 60 })
      const refunded = await api.post(
        `/admin/stripe-connect/payments/${second}/refund`,
        { amount: 500, refund_application_fee: true },
        as(admin)
      )
      expect(refunded.status).toBe(200)
      await emulator("POST", "/balance/add", { amount: 5000, currency: "usd" })
      const transfer = await api.post("/admin/stripe-connect/transfers", { account_id: accountA, amount: 700, currency: "usd" }, as(admin))
      expect(transfer.status).toBe(200)
      await emulator("POST", "/balance/make_available")
      await nextSecond()
      secondPayout = await manualPayout(accountA, 1500)
      await nextSecond()
      // Account B: Stripe's automatic payout, which settles the lines available to it.
      automaticPayout = await emulator<Stripe.Payout>("POST", "/payouts/automatic", { account: accountB })

      await syncCleanly()
    })

    describe("GET /admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance", () => {
      it("should give the second manual payout's period exactly the lines between the payouts, and close on Stripe's balance", async () => {
        const lines = await stripeLines(accountA)
        const lineOf = (payoutId: string) => lines.find((line) => line.type === "payout" && line.source === payoutId) as Stripe.BalanceTransaction
        const [first, second] = [lineOf(firstPayout), lineOf(secondPayout)]
        const between = lines.filter((line) => line.created > first.created && line.created < second.created)
        const earlier = lines.filter((line) => line.created <= first.created)
        // No other line shares a payout's second: the period is decided by time alone.
        expect(ids(lines.filter((line) => line.created === first.created || line.created === second.created))).toEqual(ids([first, second]))
        expect(between.map((line) => line.type).sort()).toEqual(expect.arrayContaining(["payment", "payment_refund"]))

        const response = await runningBalance(secondPayout)
        expect(response.status).toBe(200)
        const body = response.data as PayoutRunningBalanceDocument
        expect(ids(body.data)).toEqual(ids(between))
        expect(body.count).toBe(between.length)
        expect(body.payout).toEqual({
          payout_id: secondPayout,
          account_id: accountA,
          currency: "usd",
          automatic: false,
          balance_transaction_id: second.id,
          amount: 1500,
          fee: 0,
          created: new Date(second.created * 1000).toISOString(),
          status: "pending",
          arrival_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        })
        expect(body.previous_payout).toEqual({
          payout_id: firstPayout,
          balance_transaction_id: first.id,
          created: new Date(first.created * 1000).toISOString(),
        })
        const inCategory = (categories: string[], column: "amount" | "fee" = "amount") =>
          between.filter((line) => categories.includes(line.reporting_category)).reduce((sum, line) => sum + line[column], 0)
        expect(body.period).toEqual({
          lines: between.length,
          matched: body.data.filter((line) => line.match_kind !== null).length,
          gross: inCategory(["charge"]),
          fees: between.reduce((sum, line) => sum + line.fee, 0),
          refunds: inCategory(["refund", "refund_failure"]),
          disputes: 0,
          transfers: inCategory(["transfer", "transfer_reversal"]),
          net: sumNet(between),
        })
        expect(body.period.gross).toBeGreaterThan(0)
        expect(body.period.refunds).toBeLessThan(0)
        expect(body.balance_before).toBe(sumNet(earlier))

        // before + period - payout = after, and after is what Stripe says the account holds now.
        expect(body.balance_after).toBe(body.balance_before + body.period.net - body.payout.amount - body.payout.fee)
        const balance = await emulatorStripe().balance.retrieve({}, { stripeAccount: accountA })
        const usd = (funds: { amount: number; currency: string }[]) =>
          funds.filter((fund) => fund.currency === "usd").reduce((sum, fund) => sum + fund.amount, 0)
        expect(body.balance_after).toBe(usd(balance.available) + usd(balance.pending))

        // The period's lines page like the payout lines route, newest first.
        const page = await runningBalance(secondPayout, "limit=2&offset=1")
        expect(page.status).toBe(200)
        expect(page.data).toMatchObject({ count: between.length, offset: 1, limit: 2, data: body.data.slice(1, 3) })
        const created = body.data.map((line: ReconciledLineDocument) => line.created)
        expect(created).toEqual([...created].sort().reverse())
      })

      it("should open the first payout's period at zero, with every line before it", async () => {
        const lines = await stripeLines(accountA)
        const own = lines.find((line) => line.type === "payout" && line.source === firstPayout) as Stripe.BalanceTransaction
        const earlier = lines.filter((line) => line.created < own.created)
        const body = (await runningBalance(firstPayout)).data as PayoutRunningBalanceDocument
        expect(body.previous_payout).toBeNull()
        expect(body.balance_before).toBe(0)
        expect(ids(body.data)).toEqual(ids(earlier))
        expect(body.payout).toMatchObject({ amount: 1000, automatic: false, status: "paid" })
        expect(body.balance_after).toBe(sumNet(earlier) - 1000)
      })

      it("should keep an automatic payout's attributed lines, and show its balance around it", async () => {
        const settled = await api.get(`${RECON}/payouts/${automaticPayout.id}/lines?limit=100`, as(admin))
        expect(settled.status).toBe(200)
        const attributed = await stripeLines(accountB, { payout: automaticPayout.id })
        expect(ids(settled.data.data)).toEqual(ids(attributed))
        expect(sumNet(attributed.filter((line) => line.type !== "payout"))).toBe(automaticPayout.amount)

        const body = (await runningBalance(automaticPayout.id)).data as PayoutRunningBalanceDocument
        expect(body.payout).toMatchObject({ payout_id: automaticPayout.id, account_id: accountB, automatic: true, amount: automaticPayout.amount })
        const lines = await stripeLines(accountB)
        expect(body.balance_after).toBe(sumNet(lines))
      })

      it("should show a merchant-scoped caller its own accounts' payouts only, others being 404", async () => {
        const ownerA = await createAdminUser(container(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_a"] }] })
        const ownerB = await createAdminUser(container(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_b"] }] })
        expect((await runningBalance(secondPayout, "limit=100", ownerA)).status).toBe(200)
        const hidden = await runningBalance(secondPayout, "limit=100", ownerB)
        expect(hidden.status).toBe(404)
        expect(hidden.data.code).toBe("not_found")
        expect((await runningBalance(automaticPayout.id, "limit=100", ownerA)).status).toBe(404)
      })

      it.each([
        ["limit=101", "limit"],
        ["offset=-1", "offset"],
        ["other=1", "other"],
      ])("should answer 400 naming the field for %s", async (query, field) => {
        const response = await runningBalance(secondPayout, query)
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain(field)
      })

      it("should answer 404 for a payout the ledger does not hold", async () => {
        const response = await runningBalance("po_unknown")
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("not_found")
      })
    })
  },
})
