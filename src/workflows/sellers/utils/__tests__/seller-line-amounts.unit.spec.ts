import { sellerLineAmounts } from "../seller-line-amounts"
import { orderProductSellers, sellerOfLine } from "../order-line-sellers"

describe("sellerLineAmounts", () => {
  it("should give each line its own amount and tax when they add up to the seller's recorded amounts", () => {
    expect(
      sellerLineAmounts(
        { items_amount: 4400, items_tax_amount: 836 },
        [
          { total: 23.8, tax_total: 3.8 },
          { total: 28.56, tax_total: 4.56 },
        ],
        "eur"
      )
    ).toEqual([
      { amount: 2000, tax_amount: 380 },
      { amount: 2400, tax_amount: 456 },
    ])
  })

  it("should divide the seller's rounded amount over lines with fractions of a cent, adding up exactly", () => {
    const lines = [
      { total: 3.333, tax_total: 0 },
      { total: 3.333, tax_total: 0 },
      { total: 3.334, tax_total: 0 },
    ]
    const amounts = sellerLineAmounts({ items_amount: 1000, items_tax_amount: 0 }, lines, "usd")
    expect(amounts.map((line) => line.amount).reduce((a, b) => a + b, 0)).toBe(1000)
    for (const line of amounts) {
      expect(Math.abs(line.amount - 333)).toBeLessThanOrEqual(1)
    }
  })

  it("should keep three-decimal currencies in Stripe's step of 10", () => {
    const amounts = sellerLineAmounts(
      { items_amount: 3000, items_tax_amount: 0 },
      [
        { total: 1.5, tax_total: 0 },
        { total: 1.5, tax_total: 0 },
      ],
      "kwd"
    )
    expect(amounts).toEqual([
      { amount: 1500, tax_amount: 0 },
      { amount: 1500, tax_amount: 0 },
    ])
  })

  it("should answer no lines for a seller without lines", () => {
    expect(sellerLineAmounts({ items_amount: 500, items_tax_amount: 0 }, [], "usd")).toEqual([])
  })
})

describe("orderProductSellers", () => {
  const separate = {
    provider_id: "pp_stripe-connect_stripe-connect",
    data: {
      id: "pi_1",
      stripe_connect: {
        mode: "separate_charges",
        sellers: [
          { account_id: "acct_a", merchant_id: "m_a", product_ids: ["prod_1", "prod_2"] },
          { account_id: "acct_b", merchant_id: "m_b", product_ids: ["prod_3"] },
        ],
      },
    },
  }

  it("should take the cart's fixed sellers first, then the payees the session named", () => {
    const sellers = orderProductSellers(
      [separate],
      [{ product_id: "prod_2", connected_account_id: "scacct_c", stripe_account_id: "acct_c", merchant_id: "m_c" }]
    )
    expect(sellers?.mode).toBe("separate_charges")
    expect(sellerOfLine(sellers!, "prod_1")).toEqual({ account_id: "acct_a", merchant_id: "m_a" })
    expect(sellerOfLine(sellers!, "prod_2")).toEqual({ account_id: "acct_c", merchant_id: "m_c" })
    expect(sellerOfLine(sellers!, "prod_9")).toBeNull()
  })

  it("should give every line of a one-seller order its account", () => {
    const sellers = orderProductSellers(
      [
        {
          provider_id: "pp_stripe-connect_stripe-connect",
          data: { stripe_connect: { account_id: "acct_one", merchant_id: "m_one" } },
        },
      ],
      []
    )
    expect(sellers?.mode).toBe("destination")
    expect(sellerOfLine(sellers!, "prod_any")).toEqual({ account_id: "acct_one", merchant_id: "m_one" })
  })

  it("should answer null for an order not paid through the plugin", () => {
    expect(orderProductSellers([{ provider_id: "pp_system_default", data: {} }], [])).toBeNull()
    expect(orderProductSellers([], [])).toBeNull()
  })
})
