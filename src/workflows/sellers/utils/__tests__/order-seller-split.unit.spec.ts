import { orderSellerSplit } from "../order-seller-split"

describe("orderSellerSplit", () => {
  const sellers = new Map([
    ["prod_a", "acct_a"],
    ["prod_b", "acct_b"],
    ["prod_c", "acct_a"],
  ])

  it("should sum each seller's lines after discounts with the tax apart, and take shipping from the order", () => {
    const { split, unassigned } = orderSellerSplit(
      {
        currency_code: "EUR",
        total: 78.4,
        shipping_total: 11.9,
        shipping_tax_total: 1.9,
        items: [
          { product_id: "prod_a", total: 23.8, tax_total: 3.8 },
          { product_id: "prod_b", total: 30, tax_total: 0 },
          { product_id: "prod_c", total: 12.7, tax_total: 2.03 },
        ],
      },
      sellers
    )
    expect(unassigned).toEqual([])
    expect(split).toEqual({
      currency: "eur",
      shipping_amount: 1000,
      shipping_tax_amount: 190,
      discount_amount: 0,
      sellers: [
        { account_id: "acct_a", items_amount: 3067, tax_amount: 583 },
        { account_id: "acct_b", items_amount: 3000, tax_amount: 0 },
      ],
    })
  })

  it("should round a seller's sum once, not each line, and count what the order total takes off as a discount", () => {
    const { split } = orderSellerSplit(
      {
        currency_code: "jpy",
        total: 2990,
        shipping_total: 500,
        shipping_tax_total: 0,
        items: [
          { product_id: "prod_a", total: 1000.4, tax_total: 0.4 },
          { product_id: "prod_c", total: 1000.4, tax_total: 0.4 },
          { product_id: "prod_b", total: 1000, tax_total: 0 },
        ],
      },
      sellers
    )
    expect(split.sellers).toEqual([
      { account_id: "acct_a", items_amount: 2000, tax_amount: 1 },
      { account_id: "acct_b", items_amount: 1000, tax_amount: 0 },
    ])
    // 2001 + 1000 + 500 = 3501; the order's total is 2990.
    expect(split.discount_amount).toBe(511)
  })

  it("should answer the products of lines that have no seller", () => {
    const { split, unassigned } = orderSellerSplit(
      {
        currency_code: "usd",
        total: 20,
        shipping_total: 0,
        shipping_tax_total: 0,
        items: [
          { product_id: "prod_a", total: 10, tax_total: 0 },
          { product_id: "prod_x", total: 10, tax_total: 0 },
        ],
      },
      sellers
    )
    expect(unassigned).toEqual(["prod_x"])
    expect(split.sellers).toEqual([{ account_id: "acct_a", items_amount: 1000, tax_amount: 0 }])
  })
})
