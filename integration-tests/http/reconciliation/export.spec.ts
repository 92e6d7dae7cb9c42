import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import type { LedgerLine } from "../../../src/modules/stripe-connect/ledger/ledger-line"
import type { BalanceTransactionDocument, ReconciledLineDocument } from "../../../src/shared/types/reconciliation"

jest.setTimeout(600_000)

const RECON = "/admin/stripe-connect/reconciliation"
const LEDGER = "/admin/stripe-connect/balance-transactions"
const ACCOUNT_A = "acct_ExportA"
const ACCOUNT_B = "acct_ExportB"
const PAYOUT = "po_ExportAuto"
// The export writes pages of 1000 lines; these sizes make it read several, with page ends inside a second that
// holds 60 lines (the keyset must break ties by id, not skip or repeat them).
const LINES = 2600
const PAYOUT_LINES = 1300
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0)
const FROM = new Date(T0 + 60_000).toISOString()
const TO = new Date(T0 + 40 * 60_000).toISOString()

type Page<T> = { data: T[]; count: number }

/** Line `i`: platform or one of two accounts, created in one of 45 minutes (so many lines share a second). */
function line(i: number): LedgerLine {
  const account = [null, ACCOUNT_A, ACCOUNT_B][i % 3]
  const amount = i % 7 === 0 ? -(100 + i) : 1000 + i
  const fee = amount > 0 ? 30 + (i % 11) : 0
  const created = new Date(T0 + Math.floor(i / 60) * 60_000)
  return {
    balance_transaction_id: `txn_export${String((i * 7919) % 100_000).padStart(6, "0")}`,
    stripe_account_id: account,
    type: amount > 0 ? "charge" : "refund",
    reporting_category: amount > 0 ? "charge" : "refund",
    amount,
    fee,
    net: amount - fee,
    currency: i % 5 === 0 ? "jpy" : "usd",
    exchange_rate: null,
    source_id: amount > 0 ? `ch_export${i}` : `re_export${i}`,
    source_type: amount > 0 ? "charge" : "refund",
    payout_id: i < PAYOUT_LINES ? PAYOUT : null,
    available_on: new Date(created.getTime() + 2 * 86_400_000),
    created,
    status: "available",
    source_link_id: null,
  }
}

/** A CSV body as objects keyed by its header (the seeded values hold no comma or quote). */
function parseCsv(body: string): Record<string, string>[] {
  const [header, ...rows] = body.split("\r\n").filter(Boolean)
  const columns = header.split(",")
  return rows.map((row) => Object.fromEntries(row.split(",").map((cell, i) => [columns[i], cell])))
}

const cell = (value: string | number | null) => (value === null ? "" : String(value))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    /** Every item a list route answers, page by page (limit 100). */
    async function everyPage<T>(route: string): Promise<T[]> {
      const items: T[] = []
      for (let offset = 0; ; offset += 100) {
        const response = await api.get(`${route}${route.includes("?") ? "&" : "?"}limit=100&offset=${offset}`, as(admin))
        expect(response.status).toBe(200)
        const page = response.data as Page<T>
        items.push(...page.data)
        if (!page.data.length || offset + page.data.length >= page.count) {
          return items
        }
      }
    }

    async function exportCsv(query: string): Promise<Record<string, string>[]> {
      const response = await api.get(`${RECON}/export.csv?${query}`, { ...as(admin), responseType: "text" })
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toContain("text/csv")
      return parseCsv(String(response.data))
    }

    beforeEach(async () => {
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      const lines = Array.from({ length: LINES }, (_, i) => line(i))
      for (let start = 0; start < lines.length; start += 500) {
        await service.storeBalanceTransactions(lines.slice(start, start + 500))
      }
      // Every third line explained by an order, so the match columns carry values too.
      await service.recordLedgerMatches(
        lines
          .filter((_, i) => i % 3 === 1)
          .map((stored, n) => ({
            balance_transaction_id: stored.balance_transaction_id,
            match: { kind: "payment" as const, record_id: `scpay_export${n}`, order_id: `order_export${n}` },
          }))
      )
    })

    describe("GET /admin/stripe-connect/reconciliation/export.csv", () => {
      it("should export a date range of more lines than one page exactly as the balance-transactions list pages them", async () => {
        const listed = await everyPage<BalanceTransactionDocument>(
          `${LEDGER}?created[gte]=${encodeURIComponent(FROM)}&created[lte]=${encodeURIComponent(TO)}`
        )
        const expectedCount = Array.from({ length: LINES }, (_, i) => line(i)).filter(
          (l) => l.created.getTime() >= Date.parse(FROM) && l.created.getTime() <= Date.parse(TO)
        ).length
        expect(listed).toHaveLength(expectedCount)
        expect(expectedCount).toBeGreaterThan(2000)

        const rows = await exportCsv(`from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`)
        expect(rows).toHaveLength(listed.length)
        const columns = [
          "id",
          "account_id",
          "type",
          "reporting_category",
          "amount",
          "fee",
          "net",
          "currency",
          "source_id",
          "source_type",
          "payout_id",
          "available_on",
          "created",
          "status",
        ] as const
        expect(rows.map((row) => columns.map((column) => row[column]))).toEqual(
          listed.map((doc) => columns.map((column) => cell(doc[column])))
        )
      })

      it("should export one account's lines of the range, and a payout of more lines than one page as its lines route pages them", async () => {
        const range = `created[gte]=${encodeURIComponent(FROM)}&created[lte]=${encodeURIComponent(TO)}`
        const accountLines = await everyPage<BalanceTransactionDocument>(`${LEDGER}?account_id=${ACCOUNT_A}&${range}`)
        const accountRows = await exportCsv(`from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}&account_id=${ACCOUNT_A}`)
        expect(accountRows.map((row) => row.id)).toEqual(accountLines.map((doc) => doc.id))
        expect(new Set(accountRows.map((row) => row.account_id))).toEqual(new Set([ACCOUNT_A]))

        const payoutLines = await everyPage<ReconciledLineDocument>(`${RECON}/payouts/${PAYOUT}/lines`)
        expect(payoutLines).toHaveLength(PAYOUT_LINES)
        const payoutRows = await exportCsv(`payout_id=${PAYOUT}`)
        const columns = Object.keys(payoutRows[0]) as (keyof ReconciledLineDocument)[]
        expect(columns).toContain("order_id")
        expect(payoutRows).toEqual(
          payoutLines.map((doc) => Object.fromEntries(columns.map((column) => [column, cell(doc[column] as string | number | null)])))
        )
        expect(payoutRows.filter((row) => row.order_id).length).toBeGreaterThan(400)
      })
    })
  },
})
