import { orderPaymentMismatch } from "../order-payment-mismatch"

describe("orderPaymentMismatch", () => {
  const order = { id: "order_1", currency: "usd", outstanding: 4950 }

  it("should accept the outstanding amount in the order's currency, whatever the case of the code", () => {
    expect(orderPaymentMismatch({ amount: 4950, currency: "USD" }, order)).toBeNull()
  })

  it("should refuse another currency", () => {
    expect(orderPaymentMismatch({ amount: 4950, currency: "eur" }, order)).toBe(
      "paid in eur, but order order_1 is in usd"
    )
  })

  it("should refuse less or more than is outstanding", () => {
    expect(orderPaymentMismatch({ amount: 100, currency: "usd" }, order)).toBe(
      "paid 100 usd, but order order_1 has 4950 usd outstanding"
    )
    expect(orderPaymentMismatch({ amount: 4951, currency: "usd" }, order)).toMatch(/has 4950 usd outstanding/)
  })

  it("should refuse any payment once nothing is outstanding", () => {
    expect(orderPaymentMismatch({ amount: 4950, currency: "usd" }, { ...order, outstanding: 0 })).toMatch(
      /has 0 usd outstanding/
    )
  })
})
