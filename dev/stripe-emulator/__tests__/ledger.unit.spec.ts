import { Clock } from "../clock"
import { AVAILABILITY_DELAY_SECONDS, Ledger } from "../ledger"
import { Store } from "../store"
import { changedAttributes } from "../events"

describe("ledger: balances are sums of balance transactions", () => {
  const setup = () => {
    const store = new Store()
    const clock = new Clock()
    return { store, clock, ledger: new Ledger(store, clock) }
  }

  it("sums net amounts per currency and status, fees included", () => {
    const { ledger } = setup()
    ledger.record("acct_1", { amount: 2500, currency: "usd", type: "payment", source: "py_1", status: "pending", fee: 75 })
    ledger.record("acct_1", { amount: 1000, currency: "eur", type: "payment", source: "py_2", status: "available" })
    const b = ledger.balance("acct_1")
    expect(b.pending).toEqual([
      { amount: 0, currency: "eur", source_types: { card: 0 } },
      { amount: 2425, currency: "usd", source_types: { card: 2425 } },
    ])
    expect(b.available.find((x) => x.currency === "eur")?.amount).toBe(1000)
    expect(b.connect_reserved).toEqual([{ amount: 0, currency: "eur" }, { amount: 0, currency: "usd" }])
  })

  it("debits available funds when there are enough, pending ones otherwise", () => {
    const { ledger } = setup()
    ledger.record("platform", { amount: 500, currency: "usd", type: "adjustment", source: null, status: "available" })
    expect(ledger.debitStatus("platform", "usd", 500)).toBe("available")
    expect(ledger.debitStatus("platform", "usd", 501)).toBe("pending")
  })

  it("releases pending funds when due on the clock, or all of them on demand", () => {
    const { ledger, clock } = setup()
    ledger.record("a", { amount: 100, currency: "usd", type: "charge", source: "ch_1", status: "pending" })
    expect(ledger.release(null, true)).toBe(0)
    clock.advance(AVAILABILITY_DELAY_SECONDS)
    expect(ledger.release(null, true)).toBe(1)
    expect(ledger.total("a", "usd", "available")).toBe(100)
    ledger.record("a", { amount: 50, currency: "usd", type: "charge", source: "ch_2", status: "pending" })
    expect(ledger.release("a", false)).toBe(1)
    expect(ledger.total("a", "usd", "pending")).toBe(0)
  })
})

describe("previous_attributes", () => {
  it("keeps the old values of changed top-level attributes only", () => {
    expect(changedAttributes({ status: "pending", amount: 5, metadata: { a: "1" } }, { status: "paid", amount: 5, metadata: { a: "2" } })).toEqual({
      status: "pending",
      metadata: { a: "1" },
    })
  })
})
