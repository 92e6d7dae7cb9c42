import type { CartSeller } from "../cart-sellers"
import { decideCheckoutSplit, type CheckoutPayee } from "../decide-checkout-split"

const payee = (name: string): CheckoutPayee => ({
  connected_account_id: `scacct_${name}`,
  stripe_account_id: `acct_${name}`,
  merchant_id: `merchant_${name}`,
})
const line = (product_id: string, seller: CheckoutPayee | null): CartSeller => ({
  product_id,
  connected_account_id: seller?.connected_account_id ?? null,
  stripe_account_id: seller?.stripe_account_id ?? null,
  merchant_id: seller?.merchant_id ?? null,
})
const [a, b, c, channel] = ["a", "b", "c", "channel"].map(payee)

describe("decideCheckoutSplit", () => {
  it("should leave a cart without sellers to its sales channel, with or without a channel account", () => {
    expect(decideCheckoutSplit([line("p1", null)], channel)).toEqual({ mode: "channel" })
    expect(decideCheckoutSplit([], null)).toEqual({ mode: "channel" })
  })

  it("should pay one seller with a destination charge, whatever the channel's account", () => {
    expect(decideCheckoutSplit([line("p1", a), line("p2", a)], channel)).toEqual({
      mode: "destination",
      payee: { ...a, product_ids: ["p1", "p2"] },
    })
    expect(decideCheckoutSplit([line("p1", a)], null)).toEqual({
      mode: "destination",
      payee: { ...a, product_ids: ["p1"] },
    })
  })

  it("should split three sellers into separate charges, each with its products, in cart order", () => {
    expect(decideCheckoutSplit([line("p1", b), line("p2", a), line("p3", c), line("p4", b)], null)).toEqual({
      mode: "separate_charges",
      payees: [
        { ...b, product_ids: ["p1", "p4"] },
        { ...a, product_ids: ["p2"] },
        { ...c, product_ids: ["p3"] },
      ],
    })
  })

  it("should give products without a seller to the channel's account", () => {
    expect(decideCheckoutSplit([line("p1", a), line("p2", null)], a)).toEqual({
      mode: "destination",
      payee: { ...a, product_ids: ["p1", "p2"] },
    })
    expect(decideCheckoutSplit([line("p1", a), line("p2", null)], channel)).toEqual({
      mode: "separate_charges",
      payees: [
        { ...a, product_ids: ["p1"] },
        { ...channel, product_ids: ["p2"] },
      ],
    })
  })

  it("should name the products nobody is paid for when the channel has no account", () => {
    expect(decideCheckoutSplit([line("p1", a), line("p2", null), line("p3", null)], null)).toEqual({
      mode: "no_payee",
      product_ids: ["p2", "p3"],
    })
  })
})
