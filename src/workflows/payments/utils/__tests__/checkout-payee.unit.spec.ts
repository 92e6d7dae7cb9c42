import { contradictsLinkedSeller, isAllowedStorefrontSeller, requestedSellerField } from "../checkout-payee"

const linked = { stripe_account_id: "acct_B", merchant_id: "merchant_b" }

describe("contradictsLinkedSeller", () => {
  it("should accept no name, or the linked account's own names", () => {
    expect(contradictsLinkedSeller(linked, {})).toBeNull()
    expect(contradictsLinkedSeller(linked, { account_id: "acct_B", merchant_id: "merchant_b" })).toBeNull()
  })

  it("should name the field of any other seller, known or not", () => {
    expect(contradictsLinkedSeller(linked, { account_id: "acct_A" })).toBe("data.account_id")
    expect(contradictsLinkedSeller(linked, { merchant_id: "merchant_a" })).toBe("data.merchant_id")
    expect(contradictsLinkedSeller(linked, { account_id: "acct_B", merchant_id: "merchant_a" })).toBe(
      "data.merchant_id"
    )
  })
})

describe("isAllowedStorefrontSeller", () => {
  const options = { allowStorefrontSeller: true, storefrontSellers: { sc_market: ["merchant_a"] } }

  it("should allow only a merchant listed for the channel, and only with the option on", () => {
    expect(isAllowedStorefrontSeller(options, "sc_market", "merchant_a")).toBe(true)
    expect(isAllowedStorefrontSeller(options, "sc_market", "merchant_b")).toBe(false)
    expect(isAllowedStorefrontSeller(options, "sc_other", "merchant_a")).toBe(false)
    expect(isAllowedStorefrontSeller(options, undefined, "merchant_a")).toBe(false)
    expect(isAllowedStorefrontSeller({ ...options, allowStorefrontSeller: false }, "sc_market", "merchant_a")).toBe(
      false
    )
  })
})

describe("requestedSellerField", () => {
  it("should name the field the storefront used, the account id first", () => {
    expect(requestedSellerField({ account_id: "acct_A", merchant_id: "m" })).toBe("data.account_id")
    expect(requestedSellerField({ merchant_id: "m" })).toBe("data.merchant_id")
    expect(requestedSellerField({ account_id: null, merchant_id: null })).toBeNull()
  })
})
