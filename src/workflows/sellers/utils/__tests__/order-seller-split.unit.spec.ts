import fc from "fast-check"
import { toMinorUnits } from "../../../../modules/stripe-connect/money"
import { orderSellerSplit, roundPartsToSum } from "../order-seller-split"

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

  it("should not leave the parts a minor unit short of the order's total when each seller's sum rounds down", () => {
    // 10.004 + 10.004 + 0 = 20.008 -> 2001 charged; rounded alone each seller has 1000, 2000 in all.
    const { split } = orderSellerSplit(
      {
        currency_code: "eur",
        total: "20.008",
        shipping_total: 0,
        shipping_tax_total: 0,
        items: [
          { product_id: "prod_a", total: "10.004", tax_total: "1.597" },
          { product_id: "prod_b", total: "10.004", tax_total: "1.597" },
        ],
      },
      sellers
    )
    expect(split.sellers).toEqual([
      { account_id: "acct_a", items_amount: 841, tax_amount: 160 },
      { account_id: "acct_b", items_amount: 840, tax_amount: 160 },
    ])
    expect(split.discount_amount).toBe(0)
  })

  it("should make lines + shipping - discount equal the order's total in minor units, in every currency", () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((thousandths) => (thousandths / 1000).toFixed(3))
    fc.assert(
      fc.property(
        fc.constantFrom("usd", "eur", "jpy", "kwd"),
        fc.array(fc.tuple(fc.constantFrom("prod_a", "prod_b", "prod_c"), amount), { minLength: 1, maxLength: 8 }),
        amount,
        (currency, lines, shipping) => {
          const total = [...lines.map(([, line]) => Number(line)), Number(shipping)].reduce((acc, n) => acc + n, 0)
          const { split } = orderSellerSplit(
            {
              currency_code: currency,
              total: total.toFixed(3),
              shipping_total: shipping,
              shipping_tax_total: 0,
              items: lines.map(([product_id, line]) => ({ product_id, total: line, tax_total: 0 })),
            },
            sellers
          )
          const parts = split.sellers.reduce((acc, seller) => acc + seller.items_amount + seller.tax_amount, 0)
          expect(parts + split.shipping_amount - split.discount_amount).toBe(toMinorUnits(total.toFixed(3), currency))
        }
      )
    )
  })
})

describe("roundPartsToSum", () => {
  it("should give the units left over to the largest remainders, ties to the lower index", () => {
    expect(roundPartsToSum(["0.333", "0.333", "0.334"], "usd")).toEqual([33, 33, 34])
    expect(roundPartsToSum(["0.005", "0.005"], "usd")).toEqual([1, 0])
    expect(roundPartsToSum(["10.4", "10.4", "0.2"], "jpy")).toEqual([11, 10, 0])
  })

  it("should round in Stripe's step in three-decimal currencies", () => {
    expect(roundPartsToSum(["1.234", "1.236"], "kwd")).toEqual([1230, 1240])
  })
})
