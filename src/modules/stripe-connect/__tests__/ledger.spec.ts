import type { LedgerLine } from "../ledger/ledger-line"
import { stripeConnectModuleTest } from "./fixtures/module-runner"

jest.setTimeout(60_000)

const line = (id: string, createdSeconds: number, overrides: Partial<LedgerLine> = {}): LedgerLine => ({
  balance_transaction_id: id,
  stripe_account_id: "acct_1",
  type: "payment",
  reporting_category: "charge",
  amount: 2500,
  fee: 75,
  net: 2425,
  currency: "usd",
  exchange_rate: null,
  source_id: `py_${id}`,
  source_type: "charge",
  payout_id: null,
  available_on: new Date((createdSeconds + 172_800) * 1000),
  created: new Date(createdSeconds * 1000),
  status: "pending",
  source_link_id: null,
  ...overrides,
})

stripeConnectModuleTest({
  testSuite: ({ service }) => {
    describe("storeBalanceTransactions", () => {
      it("should store a page once: the same page again adds nothing", async () => {
        const page = [line("txn_1", 100), line("txn_2", 101)]
        expect(await service.storeBalanceTransactions(page)).toBe(2)
        expect(await service.storeBalanceTransactions([...page, line("txn_3", 102)])).toBe(1)
        const [stored, count] = await service.listAndCountStripeConnectBalanceTransactions({
          stripe_account_id: "acct_1",
        })
        expect(count).toBe(3)
        expect(stored.find((l) => l.balance_transaction_id === "txn_1")).toMatchObject({
          amount: 2500,
          fee: 75,
          net: 2425,
        })
      })

      it("should attribute lines to a payout only where it changes something", async () => {
        await service.storeBalanceTransactions([line("txn_a", 100), line("txn_b", 101)])
        expect(await service.attributeBalanceTransactionsToPayout("po_1", ["txn_a", "txn_b"])).toBe(2)
        expect(await service.attributeBalanceTransactionsToPayout("po_1", ["txn_a", "txn_b"])).toBe(0)
        const [a] = await service.listStripeConnectBalanceTransactions({ balance_transaction_id: "txn_a" })
        expect(a.payout_id).toBe("po_1")
      })
    })

    describe("advanceLedgerCursor", () => {
      it("should keep the newest position per balance and never move back", async () => {
        expect(await service.retrieveLedgerCursor("acct_1")).toBeNull()
        await service.advanceLedgerCursor("acct_1", { created: new Date(200_000), balance_transaction_id: "txn_new" })
        await service.advanceLedgerCursor("acct_1", { created: new Date(100_000), balance_transaction_id: "txn_old" })
        await service.advanceLedgerCursor("acct_1", null)
        await service.advanceLedgerCursor("platform", { created: new Date(50_000), balance_transaction_id: "txn_p" })
        expect(await service.retrieveLedgerCursor("acct_1")).toEqual({
          created: new Date(200_000),
          balance_transaction_id: "txn_new",
        })
        expect(await service.retrieveLedgerCursor("platform")).toEqual({
          created: new Date(50_000),
          balance_transaction_id: "txn_p",
        })
      })
    })
  },
})
