import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { settledEvent, signPayload, waitFor } from "../webhooks/helpers"
import type { BalanceTransactionDocument } from "../../../src/shared/types/reconciliation"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import catchUpBalanceTransactions from "../../../src/jobs/catch-up-balance-transactions"
import { catchUpAllLedgers, withLedgerCatchUpLock } from "../../../src/workflows/reconciliation/utils/catch-up-ledgers"
import { ledgerFixtures, stripeLines } from "./ledger-fixtures"

jest.setTimeout(600_000)

const CONNECT_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_CONNECT || "whsec_dev_connect_secret").split(",")[0]
const LEDGER = "/admin/stripe-connect/balance-transactions"

type LedgerPage = { data: BalanceTransactionDocument[]; count: number; offset: number; limit: number }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    /** Every ledger line the admin API answers for a query, page by page. */
    async function ledgerLines(query: string, who: TestAdmin = admin): Promise<BalanceTransactionDocument[]> {
      const lines: BalanceTransactionDocument[] = []
      for (let offset = 0; ; offset += 100) {
        const response = await api.get(`${LEDGER}?limit=100&offset=${offset}&${query}`, as(who))
        expect(response.status).toBe(200)
        const page = response.data as LedgerPage
        lines.push(...page.data)
        if (offset + page.data.length >= page.count) {
          return lines
        }
      }
    }

    const ids = (lines: { id: string }[]) => lines.map((line) => line.id).sort()
    const byId = <T extends { id: string }>(lines: T[]) => [...lines].sort((a, b) => a.id.localeCompare(b.id))

    const { capturedPayment, sync } = ledgerFixtures(api, container, () => admin)

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, "merchant_a")
      accountB = await onboardedAccount(api, container(), admin.headers, "merchant_b")

      // Payments on both accounts, one refunded in part; a transfer and a manual payout for A.
      const piA = await capturedPayment({ account_id: accountA, amount: 2500, application_fee_amount: 75 })
      await capturedPayment({ account_id: accountB, amount: 4000, application_fee_amount: 100 })
      const refunded = await api.post(`/admin/stripe-connect/payments/${piA}/refund`, { amount: 500, refund_application_fee: true }, as(admin))
      expect(refunded.status).toBe(200)
      await emulator("POST", "/balance/make_available")
      await emulator("POST", "/balance/add", { amount: 5000, currency: "usd" })
      const transfer = await api.post("/admin/stripe-connect/transfers", { account_id: accountA, amount: 1000, currency: "usd" }, as(admin))
      expect(transfer.status).toBe(200)
      const payout = await api.post(`/admin/stripe-connect/accounts/${accountA}/payouts`, { amount: 1200, currency: "usd" }, as(admin))
      expect(payout.status).toBe(200)
    })

    describe("POST /admin/stripe-connect/balance-transactions/sync", () => {
      it("should store exactly the lines Stripe lists for the platform and each account, and nothing on a second sync", async () => {
        const expected = {
          platform: await stripeLines(null),
          [accountA]: await stripeLines(accountA),
          [accountB]: await stripeLines(accountB),
        }
        const total = Object.values(expected).reduce((sum, lines) => sum + lines.length, 0)

        const first = await sync()
        // The manual payout's own line is its only one, and it came with the payout already.
        expect(first).toEqual({ balances: 3, listed: total, stored: total, attributed: 0, failed: [] })

        for (const [account, lines] of Object.entries(expected)) {
          const stored = await ledgerLines(`account_id=${account}`)
          expect(ids(stored)).toEqual(ids(lines))
          expect(byId(stored)).toEqual(
            byId(lines).map((line) =>
              expect.objectContaining({
                account_id: account === "platform" ? null : account,
                type: line.type,
                reporting_category: line.reporting_category,
                amount: line.amount,
                fee: line.fee,
                net: line.net,
                currency: line.currency,
                source_id: line.source,
                created: new Date(line.created * 1000).toISOString(),
              })
            )
          )
        }
        // The platform keeps its fees (75 - 15 refunded + 100) and the 5000 added, less the 1000 transferred.
        const platformNet = (await ledgerLines("account_id=platform")).reduce((sum, line) => sum + line.net, 0)
        expect(platformNet).toBe(75 - 15 + 100 + 5000 - 1000)

        // Each cursor stops at the newest line, and the next catch-up lists from its second on: nothing new.
        const second = await sync()
        expect(second).toMatchObject({ balances: 3, stored: 0, failed: [] })
        expect((await api.get(`${LEDGER}?limit=1`, as(admin))).data.count).toBe(total)
      })

      it("should find, after a gap, exactly the lines made since the last sync", async () => {
        await sync()
        const before = await stripeLines(accountB)
        const pi = await capturedPayment({ account_id: accountB, amount: 3000, application_fee_amount: 90 })
        await api.post(`/admin/stripe-connect/payments/${pi}/refund`, { amount: 3000 }, as(admin))
        const newLines = (await stripeLines(accountB)).filter((line) => !before.some((old) => old.id === line.id))
        expect(newLines.length).toBeGreaterThan(0)

        const caughtUp = await sync({ account_id: accountB })
        expect(caughtUp).toMatchObject({ balances: 1, stored: newLines.length, failed: [] })
        expect(ids(await ledgerLines(`account_id=${accountB}`))).toEqual(ids(await stripeLines(accountB)))
      })

      it("should be refused to a caller limited to some merchants, and name a bad account_id", async () => {
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "super_admin", merchant_ids: ["merchant_a"] }] })
        const refused = await api.post(`${LEDGER}/sync`, {}, as(scoped))
        expect(refused.status).toBe(403)
        expect(refused.data.code).toBe("forbidden")
        const bad = await api.post(`${LEDGER}/sync`, { account_id: "nope" }, as(admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("account_id")
      })
    })

    describe("the catch-up job", () => {
      it("should fill the ledger, and run once when two ticks overlap", async () => {
        await catchUpBalanceTransactions(container())
        const total = (await stripeLines(null)).length + (await stripeLines(accountA)).length + (await stripeLines(accountB)).length
        expect((await api.get(`${LEDGER}?limit=1`, as(admin))).data.count).toBe(total)

        const [one, other] = await Promise.all([
          withLedgerCatchUpLock(container(), () => catchUpAllLedgers(container())),
          withLedgerCatchUpLock(container(), () => catchUpAllLedgers(container())),
        ])
        expect([one, other].filter((report) => report === null)).toHaveLength(1)
        expect(one ?? other).toMatchObject({ balances: 3, stored: 0, failed: [] })
      })

      it("should page through every connected account, not the first 100", async () => {
        const unknownAtStripe = Array.from({ length: 105 }, (_, i) => ({
          stripe_account_id: `acct_paging${String(i).padStart(3, "0")}`,
          merchant_id: `merchant_paging_${i}`,
          mode: "test" as const,
          type: "express" as const,
        }))
        await container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).createConnectedAccounts(unknownAtStripe)
        const report = await catchUpAllLedgers(container())
        // The platform, the two onboarded accounts and the 105 others, which Stripe does not know: each is tried.
        expect(report.balances).toBe(108)
        expect(report.failed.map((failure) => failure.account_id).sort()).toEqual(unknownAtStripe.map((a) => a.stripe_account_id))
      })
    })

    describe("GET /admin/stripe-connect/balance-transactions", () => {
      it("should show a merchant-scoped caller only its merchants' accounts' lines, never the platform's", async () => {
        await sync()
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_a"] }] })
        const visible = await ledgerLines("", scoped)
        expect(visible.length).toBe((await stripeLines(accountA)).length)
        expect(new Set(visible.map((line) => line.account_id))).toEqual(new Set([accountA]))
        expect(await ledgerLines(`account_id=${accountB}`, scoped)).toEqual([])
        expect(await ledgerLines("account_id=platform", scoped)).toEqual([])
      })

      it("should list the lines a payout settled under payout_id: an automatic payout's lines, a manual payout's own line", async () => {
        const automatic = await emulator<Stripe.Payout>("POST", "/payouts/automatic", { account: accountB })
        await sync()
        const settled = await ledgerLines(`payout_id=${automatic.id}`)
        const expected = await stripeLines(accountB, { payout: automatic.id })
        expect(ids(settled)).toEqual(ids(expected))
        expect(settled.filter((line) => line.type !== "payout").reduce((sum, line) => sum + line.net, 0)).toBe(automatic.amount)

        const [manual] = (await stripeLines(accountA, { type: "payout" })).map((line) => String(line.source))
        const own = await ledgerLines(`payout_id=${manual}`)
        expect(own).toEqual([expect.objectContaining({ type: "payout", source_id: manual, payout_id: manual })])
      })

      it("should filter by type, currency and creation time and page with limit and offset", async () => {
        await sync()
        const payments = await ledgerLines(`account_id=${accountA}&type=payment&currency=USD`)
        expect(ids(payments)).toEqual(ids(await stripeLines(accountA, { type: "payment" })))
        const all = await ledgerLines("")
        const page = await api.get(`${LEDGER}?limit=2&offset=1`, as(admin))
        expect(page.data).toEqual({ data: all.slice(1, 3), count: all.length, offset: 1, limit: 2 })
        const future = await api.get(`${LEDGER}?created[gte]=${encodeURIComponent(new Date(Date.now() + 86_400_000 * 365).toISOString())}`, as(admin))
        expect(future.data.count).toBe(0)
      })

      it.each([
        ["limit=101", "limit"],
        ["account_id=bogus", "account_id"],
        ["payout_id=tr_1", "payout_id"],
        ["created[gte]=yesterday", "created[gte]"],
      ])("should answer 400 naming the field for %s", async (query, field) => {
        const response = await api.get(`${LEDGER}?${query}`, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      })
    })

    describe("payout.paid webhook", () => {
      it("should catch up the account's ledger when its payout is paid", async () => {
        const [payoutLine] = await stripeLines(accountA, { type: "payout" })
        const payoutId = String(payoutLine.source)
        await emulator("POST", `/payouts/${payoutId}/status`, { account: accountA, status: "paid" })
        const { data: events } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?account=${accountA}&type=payout.paid`)
        const payload = JSON.stringify(events[0])
        const delivered = await api.post("/hooks/stripe-connect/connect", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, CONNECT_SECRET) },
          validateStatus: () => true,
          transformRequest: [(data: string) => data],
        })
        expect(delivered.status).toBe(200)
        await settledEvent(container(), events[0].id)
        // The catch-up runs in the background once the event is handled: wait until the account's lines are in.
        const expected = ids(await stripeLines(accountA))
        await waitFor(async () => (await ledgerLines(`account_id=${accountA}`)).length === expected.length, "the account's ledger lines")
        expect(ids(await ledgerLines(`account_id=${accountA}`))).toEqual(expected)
        expect(await ledgerLines("account_id=platform")).toEqual([])
      })
    })
  },
})
