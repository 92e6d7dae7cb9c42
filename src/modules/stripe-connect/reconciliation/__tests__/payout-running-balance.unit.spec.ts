import { buildPayoutRunningBalance, type PayoutRunningBalanceFacts } from "../payout-running-balance"

const period = { lines: 3, matched: 2, gross: 5000, fees: 150, refunds: -1000, disputes: 0, transfers: 0, net: 3850 }

const facts = (overrides: Partial<PayoutRunningBalanceFacts> = {}): PayoutRunningBalanceFacts => ({
  payout: {
    payout_id: "po_2",
    balance_transaction_id: "txn_p2",
    stripe_account_id: "acct_1",
    currency: "jpy",
    amount: -3000,
    fee: 0,
    net: -3000,
    created: new Date("2026-12-07T10:00:05Z"),
    automatic: false,
    status: "pending",
    arrival_date: "2026-12-09",
  },
  previous: { payout_id: "po_1", balance_transaction_id: "txn_p1", created: new Date("2026-12-06T09:00:00Z") },
  balance_before: 1200,
  period,
  ...overrides,
})

describe("buildPayoutRunningBalance", () => {
  it("should show the payout as a positive debit and close the balance: before + period - payout = after", () => {
    const built = buildPayoutRunningBalance(facts())
    expect(built.payout).toEqual({
      payout_id: "po_2",
      account_id: "acct_1",
      currency: "jpy",
      automatic: false,
      balance_transaction_id: "txn_p2",
      amount: 3000,
      fee: 0,
      created: "2026-12-07T10:00:05.000Z",
      status: "pending",
      arrival_date: "2026-12-09",
    })
    expect(built.previous_payout).toEqual({
      payout_id: "po_1",
      balance_transaction_id: "txn_p1",
      created: "2026-12-06T09:00:00.000Z",
    })
    expect(built.balance_before).toBe(1200)
    expect(built.period).toEqual(period)
    expect(built.balance_after).toBe(1200 + 3850 - 3000)
  })

  it("should take a payout's fee off the balance too", () => {
    const base = facts()
    const built = buildPayoutRunningBalance(facts({ payout: { ...base.payout, amount: -3000, fee: 45, net: -3045 } }))
    expect(built.payout).toMatchObject({ amount: 3000, fee: 45 })
    expect(built.balance_after).toBe(built.balance_before + built.period.net - built.payout.amount - built.payout.fee)
  })

  it("should open the first payout's period at zero with no previous payout, for the platform's balance", () => {
    const base = facts()
    const built = buildPayoutRunningBalance(
      facts({ previous: null, balance_before: 0, payout: { ...base.payout, stripe_account_id: null, status: null } })
    )
    expect(built.previous_payout).toBeNull()
    expect(built.payout.account_id).toBeNull()
    expect(built.payout.status).toBeNull()
    expect(built.balance_after).toBe(3850 - 3000)
  })
})
