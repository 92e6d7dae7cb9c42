import { balanceRows } from "../balance-rows"

describe("balanceRows", () => {
  it("should give one row per currency with available, pending and reserved amounts", () => {
    expect(
      balanceRows({
        available: [
          { amount: 1200, currency: "usd" },
          { amount: 500, currency: "eur" },
        ],
        pending: [
          { amount: 300, currency: "usd" },
          { amount: 900, currency: "jpy" },
        ],
        connect_reserved: [{ amount: 50, currency: "usd" }],
      })
    ).toEqual([
      { currency: "eur", available: 500, pending: 0, reserved: 0 },
      { currency: "jpy", available: 0, pending: 900, reserved: 0 },
      { currency: "usd", available: 1200, pending: 300, reserved: 50 },
    ])
  })

  it("should give no rows for an empty balance", () => {
    expect(balanceRows({ available: [], pending: [], connect_reserved: [] })).toEqual([])
  })
})
